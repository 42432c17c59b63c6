import { writeFileSync } from 'node:fs';
import * as Y from 'yjs';
import { bigPlan } from '/work/main/bench/data';
import { writeRow, type Row } from '/work/main/src/sync/rows';
const data = bigPlan(10_000);
const doc = new Y.Doc();
doc.transact(() => {
  for (const [table, rows] of [['themes', data.themes], ['actions', data.actions], ['people', data.people], ['sprints', data.sprints], ['tasks', data.tasks]] as const)
    for (const row of rows as unknown as Row[]) writeRow(doc, table as never, row);
});
writeFileSync('/tmp/ytest/state.bin', Y.encodeStateAsUpdate(doc));
