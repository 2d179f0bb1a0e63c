-- Paths for the sample briefing (tst_pathtables): two that can be shown, and one of each
-- mistake the reader warns about.
INSERT INTO path (id, position, title) VALUES
 ('tour', 2, 'The tour'), ('short', 1, 'Short'), ('default', 3, 'Mine'), ('lost', 4, 'Of another edition'),
 ('untitled', 5, '');
INSERT INTO path_stop (path_id, position, kind, title, notes, budget_seconds, item_id, item_ids, lanes_by_actor,
                       from_date, to_date, highlight_id) VALUES
 ('tour', 10, 'overview', 'Where we stand', 'Open with the **headline**.', 60, '', '[]', 0, '', '', ''),
 ('tour', 20, 'item', 'The offer', '', NULL, 'guarantee-article5-like', '[]', 0, '', '', ''),
 ('tour', 30, 'slide', 'Unknown', '', NULL, '', '[]', 0, '', '', ''),
 ('tour', 40, 'item', 'Gone', '', NULL, 'no-such-item', '[]', 0, '', '', ''),
 ('tour', 50, 'chart', 'Training', '', 'soon', 'joint-training-increase', '[]', 0, '2020', '2022',
  'joint-training-increase@2020–2022'),
 ('tour', 60, 'timeline', 'Lanes', '', 90, '', 'Cyber Diplomacy', 0, '1995', '', ''),
 ('tour', 70, 'compare', 'Two ways', '', 120, '', '["scenario-nato-membership", "scenario-guarantee-bloc"]', 0, '', '', ''),
 ('short', 1, 'item', '', '', NULL, 'faq-troops', '[]', 0, '', '', ''),
 ('default', 1, 'overview', '', '', NULL, '', '[]', 0, '', '', ''),
 ('lost', 1, 'item', '', '', NULL, 'gone-1', '[]', 0, '', '', ''),
 ('untitled', 1, 'overview', '', '', NULL, '', '[]', 0, '', '', ''),
 ('nowhere', 1, 'overview', '', '', NULL, '', '[]', 0, '', '', ''),
 ('nowhere', 2, 'overview', '', '', NULL, '', '[]', 0, '', '', '');
