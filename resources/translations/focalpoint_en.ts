<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionPlanView</name>
    <message>
        <source>Action Plan tasks with activity counts</source>
        <extracomment>Open the Activities view filtered on this task, section or chapter code. Open one activity in the editor. The counts of the tree are those of the store (after each refresh). Counts are computed in a worker (a second at 50,000 activities); None: at once.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities mapped to the selected task, section or chapter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show these in the &amp;Activities view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this period: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:#b3261e'&gt;Tasks in red have none yet: explain these gaps in the questionnaire.&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Select a task&lt;/b&gt;, section or chapter to see its text, the bodies responsible and its activities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An activity mapped to several tasks here counts once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No activity of this mission is mapped to this task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No activity of this mission is mapped to a task here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Responsible:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the %2 Action Plan tasks that apply to this mission have activities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1 activities&lt;/b&gt; (newest first):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more (use the Activities view)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <source>Delete the activity “%1”?</source>
        <extracomment>Larger selections are deleted in the background, in chunks (see ``delete_selected``). Confirm deleting ``count`` activities (the first one's title given): True to delete.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1 activities?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deletion is also sent to the Secretariat. Edit → Undo (Ctrl+Z) brings the activities back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search titles, descriptions, partners, places and outcomes…</source>
        <extracomment>Whether one or more activities are selected (the window's Duplicate follows it). A long job started (job, title): the window shows its progress and Cancel.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New activity (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected activities (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by chapter, section or task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All Action Plan tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All forms of trafficking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by form of trafficking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of activities shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deletion notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring the deleted activities back (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide this notice (Edit → Undo still works)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting activities: %1 of %2</source>
        <extracomment>Tell the person why an undo could not be done (parent, message).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting activities…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This activity has changes that are not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit activity</source>
        <extracomment>Reads the completion lists in a worker (the window's); None reads them at once.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a type…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recurrence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start &amp;date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a place and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a partner and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an audience, e.g. Police</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Audiences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a form, e.g. Labour exploitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Forms of trafficking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add funding line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove funding line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;unding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Action Plan tasks this activity implements&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action Plan tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not one of the choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To save, fix: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one Action Plan task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the type of activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityFilters</name>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by donor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities running on or after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities started on or before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Title</source>
        <extracomment>Rows past the last one the view asked for that the id query reads ahead (a screenful). (column key, header, sort key in the repository or None when not sortable)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action Plan tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Action Plan tasks with and without activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tasks with activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tasks without (gaps)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks with activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 applicable tasks have activities; gaps: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forms of trafficking addressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>awareness-raising</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form of trafficking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awareness-raising</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 activities, of which %2 awareness-raising; %3 of those address sexual exploitation (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audiences reached and people reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities with a participant count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities without one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 people reached in %2 activities (women %3, men %4, not recorded %5); %6 activities without a count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-off or recurring, evaluation and sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adequacy to needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National ownership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Infrastructure after donor funding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adequacy to needs: yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National ownership: yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Infrastructure after donor funding: yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sustainability (recommendation 8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 activities one-off (%3); %4 evaluated (%5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funding: Unified Budget and extrabudgetary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unified Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extrabudgetary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extrabudgetary share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amounts per currency, never added across currencies; %1 activities without funding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partners by kind and task area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OSCE structures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>International organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NGOs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State bodies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other / unclassified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 activities without a partner.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2. Forms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3. Audiences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4. Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5. Funding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>6. Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 activities in this period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Cancel</source>
        <extracomment>The busy dialog appears only when the work takes longer than this (no flash on a fast open); the work itself is never timed.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FocalPoint</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaBundleField</name>
    <message>
        <source>Usually left empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only needed when your organisation checks secure connections with its own certificate authority: your IT department then gives you a .pem or .crt file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only if your IT department gave you one (a .pem or .crt file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Certificate authority file:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogueText</name>
    <message>
        <source>Unofficial working translation; the official English text of the Action Plan is the text of record.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogueTreeModel</name>
    <message>
        <source>Action Plan task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bodies responsible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No activity of this mission implements this task yet: explain the gap in the questionnaire.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distinct activities: one mapped to several tasks here counts once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>Two other computers changed this: "mine" is the change the Secretariat received last.</source>
        <extracomment>A choice was made or changed (the view enables "Keep the chosen values").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before both changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The other computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted on this computer, changed on another</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed here or elsewhere, deleted on another computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>When two computers of the mission change the same thing from the same version, or one deletes what another changes, the Secretariat keeps both and asks you to decide here. Your decision is sent with the next sync and settles the conflict on every computer of the mission.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;No conflicts&lt;/h3&gt;&lt;p&gt;Everything the mission's computers sent fits together. Conflicts appear here after a sync, if there are any.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the Secretariat refused the resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep one computer's values for every field, or tick one value per field and keep the chosen values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the conflict was not resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the &amp;chosen values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer and another one changed the same fields from the same version. Until you decide, the value that reached the Secretariat first is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two other computers of the mission changed the same fields from the same version. Until someone decides, the value that reached the Secretariat first is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat refused your last decision: %1. Choose again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep the %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You deleted this %1 on this computer while another computer changed it. It is kept, with those changes, until you decide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another computer deleted this %1 while it was being changed. It is kept, with the changes, until you decide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaire draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick this computer's or the other computer's value in every row first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not resolved: the chosen values do not make a valid record: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved: %1. The decision is sent to the Secretariat with the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeletionUndo</name>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>The newest deletion changed (one was recorded, undone or dropped). Activities came back (their ids). Activities were deleted again by a redo (their ids). A long restore or redo started (job, title). What undos brought back, newest last: (the activities' ids, title).</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Redo deleting %n activity(ies)</source>
        <translation>
            <numerusform>&amp;Redo deleting %n activity</numerusform>
            <numerusform>&amp;Redo deleting %n activities</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Deleted %n activity(ies).</source>
        <translation>
            <numerusform>Deleted %n activity.</numerusform>
            <numerusform>Deleted %n activities.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Undo deleting %n activity(ies)</source>
        <translation>
            <numerusform>&amp;Undo deleting %n activity</numerusform>
            <numerusform>&amp;Undo deleting %n activities</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring activities: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring activities…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting activities…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deleted activities cannot be restored:

%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmptyActivities</name>
    <message>
        <source>&lt;h3&gt;No activities yet&lt;/h3&gt;&lt;p&gt;Record the mission's first anti-trafficking activity with &lt;b&gt;New activity&lt;/b&gt; (Ctrl+N), or bring in activities you already have in a FocalPoint activities file (.json, e.g. exported from another computer) with &lt;b&gt;Import activities…&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;To look around first, the demo mission can be loaded into a separate store: &lt;tt&gt;focalpoint --db demo.db demo&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import activities…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>FocalPoint — unexpected error</source>
        <extracomment>A run of this many characters without a place to break the line gets one (a long path or token would otherwise make the dialog wider than the screen).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong.&lt;/b&gt; Your saved data is safe and you can keep working. If it happens again, send the details below to your support contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The error was also written to the log: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the message and technical details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focal point's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focal point's post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field operation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <source>Show the %1 activities counted here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Import activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spreadsheets and FocalPoint files (*.xlsx *.csv *.json);;Excel workbooks (*.xlsx);;CSV files (*.csv);;FocalPoint JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 activities imported from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing activities…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FocalPoint JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 activities exported to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting activities…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FocalPoint stores (*.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another file than the store itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not backed up: the store failed its integrity check (%1). A copy of it could replace a good backup with a damaged one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the store before backing it up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FocalPoint stores (*.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the store that is open now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the store that is open now by the backup %1?

The current store is not deleted: it is moved aside as %2.replaced-&lt;date and time&gt;. FocalPoint then reopens on the restored store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 change(s) of the current store have not reached the Secretariat yet; they stay only in the file moved aside.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be restored: %1

The previous store is opened again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 was restored. The previous store was kept as %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the activity what it was on %1? It is saved at once as a new version (nothing is lost: the current one stays in the history). Changes not yet saved in this editor are replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every saved change of this activity, newest first: when, by whom, on which computer, and each field before and after.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <extracomment>Which kind of entity (names its fields: see :mod:`focalpoint.ui.field_text`).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes in this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before the recorded history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved changes yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brought back after deletion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored the version of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (current version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before the recorded history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recurrence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audiences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forms of trafficking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation / outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action Plan tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This version cannot be restored: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdFilterBanner</name>
    <message>
        <source>Show all activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the %1 activities counted in %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportActivities</name>
    <message>
        <source>Import activities</source>
        <extracomment>(parent, ok, text)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FocalPoint activities (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 activities imported from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: %1

The store is unchanged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <extracomment>A backup to restore once the window has closed (see FileActions.restore_backup).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FocalPoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This store is not encrypted. Restart FocalPoint and choose Encrypt now, or run 'focalpoint encrypt' while FocalPoint is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save questionnaire now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export questionnaire PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About FocalPoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import activities…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport activities…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the activities the list shows (with its search and filters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery &amp;key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key that opens this store and its backups on another computer: write it down and keep it apart from the laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mission profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Duplicate activity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questionnaire not fully saved</source>
        <extracomment>Close although part of the questionnaire draft cannot be saved (the reason given)?</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part of the questionnaire draft cannot be saved yet:

%1

Close anyway and lose it, or go back and correct it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conflict(s) between computers of the mission to resolve</source>
        <translation>
            <numerusform>%n conflict between computers of the mission to resolve</numerusform>
            <numerusform>%n conflicts between computers of the mission to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Conflicts view (Ctrl+6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About FocalPoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;FocalPoint %1&lt;/h3&gt;&lt;p&gt;The anti-trafficking focal point's workspace: activities, the OSCE Action Plan, the questionnaire and sync with the Secretariat.&lt;/p&gt;&lt;p&gt;Store: %2&lt;br&gt;Logs: %3&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MissionProfileDialog</name>
    <message>
        <source>Mission profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code identifies the mission to the Secretariat and cannot be changed; a new code needs a new store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. OSCE Mission to Moldova</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Focal point's name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. National Programme Officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focal point's &amp;post:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is an OSCE &amp;field operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field operations answer the Action Plan tasks given to field operations; institutions and units answer theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile appears on the questionnaire PDF and is sent to the Secretariat at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This store has no mission yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focal point's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focal point's post</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewPeriodDialog</name>
    <message>
        <source>New questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reporting period &amp;from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartOneWidget</name>
    <message>
        <source>Respondent name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Respondent post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Respondent &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Respondent &amp;post:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add staff post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove staff post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove budget line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartTwoWidget</name>
    <message>
        <source>Tasks without an answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action Plan tasks of the questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Implementation status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Implementation &amp;status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Implementation comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the mission implemented this task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat's comment on this task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities mapped to this task (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secretariat: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secretariat's comment: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n applicable task(s) without an answer (shown as “No answer” in the PDF)</source>
        <translation>
            <numerusform>%n applicable task without an answer (shown as “No answer” in the PDF)</numerusform>
            <numerusform>%n applicable tasks without an answer (shown as “No answer” in the PDF)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every applicable task has an answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not answered yet: choose a status for this task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No activity in this period is mapped to this task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Activities in this period:&lt;/b&gt; &lt;span style='color:#b3261e'&gt;none — explain why in the comment.&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Activities in this period:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect the store with a passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer has no system keyring to keep the store's key, so FocalPoint encrypts the store with a passphrase. You will type it at every start. Choose one of at least %1 characters and keep it safe: nobody can recover the data if it is forgotten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 is encrypted. Type its passphrase to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passphrase: the store was not changed. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <source>Export questionnaire PDF</source>
        <extracomment>Add the "Self-assessment" annex (the Analysis figures with charts). Ask for the options: ``None`` when the person cancels.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose how the PDF is laid out; the file name is asked next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Leave out tasks answered “Not applicable”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With the self-&amp;assessment annex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the Self-assessment annex to the PDF: the Analysis figures of the period (tasks and gaps, forms, audiences, results, funding, partners) with charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questionnaire %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom period…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionnaireText</name>
    <message>
        <source>Part 1 — Goal setting, priorities and resources</source>
        <extracomment>The translation context of every string here (``QCoreApplication.translate(CONTEXT, s)``); written out in each call below because lupdate only reads a literal context.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.1 Goal setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the mission sets its anti-trafficking goals, and with whom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.2 Priorities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mission's anti-trafficking priorities for the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.3 Resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Human and financial resources, in words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.4 Staff posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.5 Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posts by year and funding source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget by year and funding source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No staff posts reported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No budget lines reported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <extracomment>Column headers of the totals tables.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All years (%1)</source>
        <extracomment>A label of the budget totals: every year together, in one currency.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer</source>
        <extracomment>Part 2: an applicable task the mission has not answered.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable to the mission (an Action Plan task for other OSCE bodies)</source>
        <extracomment>Part 2: a task without an answer that is for other OSCE bodies, not the mission.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>Submit to the Secretariat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit the questionnaire for %1 – %2?

The submitted answer is frozen together with the period's activities and can no longer be changed. It is sent at the next sync.</source>
        <extracomment>Unanswered tasks named in the question itself; the rest are in its details. Offer to open the written PDF (its path and page count): True to open it. Part of the draft cannot be saved (the reason given): lose it and go on?</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more (see Show Details)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applicable tasks still without an answer: %1. The PDF and the Secretariat will show them as “No answer”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The questionnaire was written to %1 (%2 pages).

Open it now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questionnaire not fully saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part of this questionnaire cannot be saved yet:

%1

Go on and lose it, or stay and correct it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reporting period</source>
        <extracomment>Longest an edit waits for its save while typing goes on without a pause. A long job started (job, title): the window shows its progress. Ask the window to sync now (after a submission).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reporting period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New period…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit to Secretariat…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat's review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;No questionnaire yet&lt;/h3&gt;&lt;p&gt;Start the questionnaire for a reporting period. Your answers are saved as you type.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a questionnaire…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part 1: Goals, priorities and resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part 2: Action Plan tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted %1 — read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft — changes are saved automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored an earlier version at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned for revision by the Secretariat (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vienna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — this draft is the revision; submit it when done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by the Secretariat (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 comment(s) on tasks in Part 2 (in bold).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Freeze this answer and queue it for the Secretariat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a draft can be submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export this questionnaire as a PDF file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved at %1, except the lines explained above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved — see the problem above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No program to open PDF files was found. The file is at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF written: %1 (%2 pages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting PDF…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add line</source>
        <extracomment>Free text completed from these values (e.g. donors already in the store). An amount or a count: typed and shown in the interface locale ("12 500,50"), returned by :meth:`RecordTable.records` in the stored form ("12500.50").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryEntryDialog</name>
    <message>
        <source>Enter the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key of %1 is not in this computer's keyring: the store or backup was made on another computer. Type its recovery key (%2 and %3 groups of 5 characters, written down or printed from File → Recovery key… on that computer). FocalPoint checks that it opens the file, then keeps it in this computer's keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open with this key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the recovery key against the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This recovery key does not start with %1: it was made by a newer FocalPoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A recovery key has %1 groups of 5 characters after %2; check that none is missing or repeated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group %1 must have 5 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group %1 holds a character that recovery keys do not use (they use digits and letters except I, L, O, U).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group %1 is wrong: check it against the written key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key has a mistake that no single group shows: check every group against the written key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This recovery key does not open %1: it is the key of another store, or the file is damaged. Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This store is encrypted with a passphrase: type its passphrase instead (it needs no recovery key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keyring is not available, so the key cannot be kept on this computer. Unlock the keyring and try again. (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key could not be entered: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This store is encrypted with a passphrase, not with a key kept in this computer's keyring: the passphrase is its recovery key, and there is nothing else to write down. The passphrase opens the store and its backups on any computer; without it nobody can open them. Keep it safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This store is not encrypted: it has no key to write down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key of this store is kept in this computer's keyring, and its backups are encrypted with the same key. If this laptop is stolen or breaks, a backup opens on a new computer only with this recovery key.

Write it down or print it, and keep it apart from the laptop and from the backups: whoever has both the key and a copy of the store can read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied. Paste it where it is printed or written down, not into a file or a message kept on this laptop. The clipboard is cleared when this window closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FocalPoint recovery key of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It opens this store and every backup of it on any computer (File → Recovery key, or: focalpoint recovery-key enter). Print it, keep the paper apart from the laptop, and delete this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to %1 (readable by you only). Print it, then delete the file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResponseHistoryPanel</name>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the questionnaire draft what it was on %1? It is saved at once as a new version (nothing is lost: the current one stays in the history).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every saved change of this questionnaire, newest first: when, by whom, on which computer, and each answer before and after. Typing saved within a few minutes by the same person is one version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A submitted questionnaire cannot change; its history is shown as it was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Implementation status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the mission implemented the task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Respondent name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Respondent post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revises the returned response</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore this mission from the Secretariat</source>
        <extracomment>The passphrase chosen for the new store (no keyring), kept in memory only so the start-up opens the restored store without asking for it a second time.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new computer for a mission that already syncs: FocalPoint fetches the mission's activities, questionnaires (drafts too), mission profile and the Secretariat's feedback, and carries on from there as a new computer of the mission. The Secretariat gives you the address and the mission's access token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The restored store will be at: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An unfinished restore was found: Restore continues it where it stopped (enter the same server and mission).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secretariat server URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secretariat &amp;server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. OMIK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mission code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the token from the Secretariat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the server address, the mission code and the access token first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address is not usable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate authority file does not exist: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to the Secretariat…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received %1 records (%2 pages)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping after the current page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mission was restored, but the access token could not be kept: %1

Enter it again in Settings before the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat refused the access token or the mission code. Check both (the Secretariat gives them) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat's server cannot be reached: check the address and the internet connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The restore was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This Secretariat cannot restore a mission yet, or needs a newer FocalPoint: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The restore stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was already received is kept; Restore continues from there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsFields</name>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lowest value (—) means not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adequacy to needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National ownership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Infrastructure after donor funding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People reac&amp;hed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome i&amp;ndicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sustaina&amp;bility</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>No keyring</source>
        <extracomment>(code, name shown in its own language); "" follows the system.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Keep the token for this session only? You will have to enter it again after restarting FocalPoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n change(s) have not reached the Secretariat yet. If the store now points at another server or mission, they may never reach the right one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best: cancel, sync with the current settings first (Sync now, F5), then change them. Or FocalPoint can first write a backup copy of the whole store (nothing is deleted) and then change the settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up and change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup of the store, with the changes that were waiting, was written to:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Where the store was backed up before a forced change of server or mission.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secretariat server URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secretariat &amp;server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mission code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync timeout in seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long a sync waits for the Secretariat's server, retries included, before it stops and says the connection is down. Raise it on a slow satellite link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for the server &amp;up to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the Secretariat's server whether it answers and accepts this mission's token (nothing is sent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address is not usable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the server address and the mission code first (the Secretariat gives you both).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate authority file does not exist: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the access token first (the Secretariat gives it to your mission).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected. The Secretariat's server answered and accepts this mission's access token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server could not be reached. Check the address and that this computer is online, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered but refused the access token or the mission code. Check both; if they are right, ask the Secretariat for a new token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate could not be checked. If your IT department gave you a certificate authority file, choose it above; otherwise tell the Secretariat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server asks for a newer version of FocalPoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secretariat has paused syncing for now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered with a problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the token from the Secretariat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the server and mission code; the token is kept in the system keyring, never in the store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keyring on this computer: a token can only be kept for this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A token is stored in the system keyring. Leave the field empty to keep it, or type a new one to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No token stored yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>•••••• (stored — type to replace)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the server URL and mission code before the access token.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Not saved: %n change(s) have not reached the Secretariat yet. Sync first (Sync now, F5), or save again and choose to back up the store.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Open an existing store</source>
        <extracomment>(parent, where the file dialog starts: a file or folder, "" for the default) -&gt; a chosen file, or None (parent, where the restored store goes) -&gt; the restored store, or None</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FocalPoint stores (*.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FocalPoint activities (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to FocalPoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FocalPoint keeps your mission's anti-trafficking activities on this computer and sends them to the Secretariat when a connection is available. Tell it which mission this is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start recording for your mission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. OMIK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. OSCE Mission in Kosovo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focal point name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Your name (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store will be created at: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explore with the &amp;demo mission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A store filled with 59 real examples from the 2006 report, to look around; nothing is sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open an existing store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A FocalPoint store (.db) kept elsewhere, e.g. copied from the previous focal point's laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create and &amp;import activities…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create the store for the mission above, then import a FocalPoint activities file (.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore this mission from the Secretariat…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new computer for a mission that already syncs (the laptop was lost, stolen or replaced, or a second person records): fetch the mission's data from the Secretariat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission code: 2–32 letters, digits, - or _ (e.g. OMIK).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <source>Import activities from %1</source>
        <extracomment>Closed: a late answer from a worker must not touch the (deleted) widgets.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID (updates that activity)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recurrence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audiences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forms of trafficking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funding (source | donor | amount | currency)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action Plan tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Women reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Men reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People reached, sex not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome indicators (name: number; …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation: main finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adequacy to needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adequacy to needs: note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National ownership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National ownership: note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Infrastructure after donor funding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Infrastructure after donor funding: note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headers in &amp;row:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row with the column headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the FocalPoint field each column fills (* = required; “Ignore” leaves a column out). Several values in one cell are separated by “;”. Every row is checked before anything is imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FocalPoint field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows below the headers in row %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field for column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview: the first %1 of %2 rows (row numbers as in the file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The columns do not fit yet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 problem(s) in %2 row(s); correct the file (or the columns) and import again. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a date: {value} (write YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an amount: {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>funding line {number}: more than 4 parts (write source | donor | amount | currency)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>funding line {number}: no source (Unified Budget or Extrabudgetary)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>funding line {number}: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a funding line needs its source: map a 'Funding source' column (Unified Budget or Extrabudgetary) or name the donor (a donor's money is extrabudgetary)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1, column “%2” (%3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 activities imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Importing activities…</source>
        <extracomment>Asks for the recovery key of a store or backup; True once its key is in the keyring.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FocalPoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 activities imported from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: %1

The store was created without activities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening and checking the store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store is not encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 was created by an older FocalPoint and is not encrypted: anyone who gets hold of this computer or the file can read the mission's activities, partners and plans.

Encrypt it now? A copy is kept until the encrypted store has been checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encrypt now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no passphrase was given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypting the store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store was restored from %1. The damaged file was kept as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store could not be encrypted: %1. It was not changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <source>FocalPoint cannot open the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This store was written by a newer version of FocalPoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install the newer FocalPoint, or open another file. The file has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key kept in this computer's keyring does not open this store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is damaged, or its key was replaced. You can restore a backup, or open another file. The file has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key of this store is not in this computer's keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store was made on another computer (or its key was removed from the keyring). Enter its recovery key, written down on that computer, to open it here; or open another file. The file has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key of this encrypted store is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An encrypted store opens only where its key is kept. Unlock the system keyring and start again, or open another file. The file has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This store is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can restore the latest automatic backup (the damaged file is kept aside, not deleted), or open another file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not a FocalPoint store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the right file. The file has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the file exists and can be read, or open another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup to restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No automatic backup of this store exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enter the recovery key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a FocalPoint store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FocalPoint stores (*.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreWrites</name>
    <message>
        <source>Checking the store before saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: the store failed its integrity check (%1). Nothing was written to it; what you entered is still on screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet: the store is still being checked.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Not configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending needs the Secretariat's server address, your mission code and an access token. Ask the OSCE Secretariat's anti-trafficking team in Vienna (the office that receives your reports) for them, then enter them in Settings (Sync settings…). Until then everything is kept safely on this computer.</source>
        <extracomment>Syncing waits for the user (server, mission or token missing), not for a running sync.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token is missing: enter the token the OSCE Secretariat gave your mission in Settings (Sync settings…). Lost it? Ask the Secretariat's anti-trafficking team for a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sync is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready — not synced yet in this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped by the Secretariat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update FocalPoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secretariat server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected by the Secretariat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last problem:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why syncing is not possible yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes the Secretariat rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secretariat's message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Queue rejected changes again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After correcting the cause, send the rejected changes again at the next sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback from the Secretariat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send waiting changes now (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted activity %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questionnaire response %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No feedback from the Secretariat yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sync yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>Type and press Enter to add</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskPicker</name>
    <message>
        <source>Find a task by code or words in English or Russian, e.g. III.12 or police</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find an Action Plan task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action Plan tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No task selected yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>FocalPoint user guide</source>
        <extracomment>Screenshots are shown at most this wide (they are taken at 1366×768).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user guide could not be opened (%1): %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must have at least {min_length} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is longer than {max_length} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs at least one entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs at least {min_length} entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has more than {max_length} entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not one of: {expected}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be negative (got {value})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be greater than or equal to {limit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be greater than {limit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be less than or equal to {limit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be less than {limit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not a valid date (use YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} does not have the expected form ({pattern})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{value} has too many digits (at most 2 decimals)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list, not {type}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object, not {type}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be text, not {type}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown Action Plan task code {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a UUID such as 3f2b8c1e-...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{end} is before the start date {start}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{end} is before the period start {start}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than one entry for the same task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>women, men and not recorded add up to {parts}, more than the total {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required when women, men or not recorded are given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} appears more than once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is 'none' but a date or main finding is given (choose internal or external)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study tour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awareness campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legislative review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trial monitoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NRM assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support to NGO project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hotline support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shelter support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co-ordination meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data collection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recurring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Border guards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prosecutors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Judges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labour inspectors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consular staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Government officials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parliamentarians</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NGOs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teachers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Students and youth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Victims of trafficking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migrants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roma and Sinti communities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Military and peacekeepers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OSCE staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forced or bonded labour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domestic servitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child trafficking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal trafficking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forced begging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removal of organs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All forms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unified Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extrabudgetary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not evaluated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>External evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continuous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>