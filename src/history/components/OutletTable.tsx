/** The same figures per outlet, side by side: how each one sources its stories. */
import { percent } from "../../shared/profile";
import type { OutletSummary } from "../summary";
import { SourceMix } from "./SourceMix";

export function OutletTable({ outlets }: { outlets: OutletSummary[] }) {
  return (
    <section class="card wide" aria-labelledby="outlets-title">
      <h2 id="outlets-title">By outlet</h2>
      {outlets.length === 0 ? (
        <p class="muted">No articles in this period.</p>
      ) : (
        <table class="outlets">
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col">Articles</th>
              <th scope="col" class="mix-col">Quotes by kind of source</th>
              <th scope="col">Anonymous</th>
              <th scope="col">Voices per article</th>
              <th scope="col">Words quoted</th>
            </tr>
          </thead>
          <tbody>
            {outlets.map((o) => (
              <tr key={o.outlet} data-testid="history-outlet" data-outlet={o.outlet}>
                <th scope="row">{o.outlet}</th>
                <td>{o.articles}</td>
                <td class="mix-col">
                  <SourceMix byType={o.byType} label={o.outlet} />
                </td>
                <td data-testid="outlet-anonymous">{percent(o.byType.anonymous, o.quotes)}</td>
                <td>{o.voicesPerArticle.toFixed(1)}</td>
                <td>{percent(o.quotedShare, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
