<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ArticleView</name>
    <message>
        <source>By %1</source>
        <translation>Di %1</translation>
    </message>
</context>
<context>
    <name>CorrectionPrompts</name>
    <message>
        <source>Rename entity</source>
        <translation>Rinomina entità</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nuovo nome per «%1»:</translation>
    </message>
</context>
<context>
    <name>EntityType</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>Trattato</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Luoghi</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Trattati</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Il file non esiste.</translation>
    </message>
    <message>
        <source>The file cannot be read (check that it is a file and that you may read it).</source>
        <translation>Il file non si può leggere (controlla che sia un file e di avere il permesso di leggerlo).</translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation>Il file non contiene testo.</translation>
    </message>
    <message>
        <source>The file looks like binary data, not an article.</source>
        <translation>Il file sembra contenere dati binari, non un articolo.</translation>
    </message>
    <message>
        <source>The text encoding of the file could not be recognised.</source>
        <translation>Non è stato possibile riconoscere la codifica del testo del file.</translation>
    </message>
    <message>
        <source>The file is too large to be an article.</source>
        <translation>Il file è troppo grande per essere un articolo.</translation>
    </message>
    <message>
        <source>The file is not well-formed.</source>
        <translation>Il file non è ben formato.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Non è stato possibile leggere il file.</translation>
    </message>
    <message>
        <source>Could not open “%1”.

%2

Location: %3</source>
        <translation>Impossibile aprire «%1».

%2

Percorso: %3</translation>
    </message>
    <message>
        <source>The library could not store it: %1</source>
        <translation>La biblioteca non ha potuto salvarlo: %1</translation>
    </message>
    <message>
        <source>Could not write “%1”.

%2</source>
        <translation>Impossibile scrivere «%1».

%2</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md);;All files (*)</source>
        <translation>Articoli (*.txt *.md);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Could not read the notes of this article: %1</source>
        <translation>Impossibile leggere le note di questo articolo: %1</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>The note could not be stored.</source>
        <translation>Non è stato possibile salvare la nota.</translation>
    </message>
    <message>
        <source>The note is no longer in the library.</source>
        <translation>La nota non è più nella biblioteca.</translation>
    </message>
    <message>
        <source>The note could not be changed.</source>
        <translation>Non è stato possibile modificare la nota.</translation>
    </message>
    <message>
        <source>The note could not be deleted.</source>
        <translation>Non è stato possibile eliminare la nota.</translation>
    </message>
    <message>
        <source>The correction could not be stored: %1</source>
        <translation>Non è stato possibile salvare la correzione: %1</translation>
    </message>
    <message>
        <source>The correction could not be withdrawn: %1</source>
        <translation>Non è stato possibile revocare la correzione: %1</translation>
    </message>
</context>
<context>
    <name>NoteColor</name>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Viola</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Giallo</translation>
    </message>
</context>
<context>
    <name>NoteCommand</name>
    <message>
        <source>Highlight</source>
        <translation>Evidenzia</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifica nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Elimina nota</translation>
    </message>
</context>
<context>
    <name>annalist::ui::ArticleListModel</name>
    <message>
        <source>Untitled article</source>
        <translation>Articolo senza titolo</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Pubblicato: %1</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 entità</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>%1 entità</translation>
    </message>
</context>
<context>
    <name>annalist::ui::CorrectionCommands</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Cannot correct</source>
        <translation>Impossibile correggere</translation>
    </message>
    <message>
        <source>Cannot undo the correction</source>
        <translation>Impossibile annullare la correzione</translation>
    </message>
</context>
<context>
    <name>annalist::ui::CorrectionMenu</name>
    <message>
        <source>%1 (all articles)</source>
        <translation>%1 (tutti gli articoli)</translation>
    </message>
    <message>
        <source>“%1” · %2</source>
        <translation>«%1» · %2</translation>
    </message>
    <message>
        <source>Not an entity</source>
        <translation>Non è un’entità</translation>
    </message>
    <message>
        <source>Not an entity: “%1”</source>
        <translation>Non è un’entità: «%1»</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>Collega a…</translation>
    </message>
    <message>
        <source>Rename entity…</source>
        <translation>Rinomina entità…</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>Cambia tipo</translation>
    </message>
    <message>
        <source>Change “%1” to %2</source>
        <translation>Cambia «%1» in %2</translation>
    </message>
    <message>
        <source>Apply to all articles</source>
        <translation>Applica a tutti gli articoli</translation>
    </message>
    <message>
        <source>Also correct the same words in every other article of the library, and in future ones</source>
        <translation>Correggi le stesse parole anche in tutti gli altri articoli della biblioteca e in quelli futuri</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Segna come</translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation>Collega «%1» a %2</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Rinomina «%1» in «%2»</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Segna «%1» come %2</translation>
    </message>
</context>
<context>
    <name>annalist::ui::EntityCard</name>
    <message>
        <source>Click a highlighted name in the article, or an entity above, to see what it is and where the article mentions it.</source>
        <translation>Fai clic su un nome evidenziato nell’articolo, o su un’entità qui sopra, per vedere che cos’è e dove l’articolo la cita.</translation>
    </message>
    <message>
        <source>In other articles</source>
        <translation>In altri articoli</translation>
    </message>
    <message>
        <source>Most often with</source>
        <translation>Più spesso insieme a</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citazioni</translation>
    </message>
    <message>
        <source>In this article: 1 mention — click it to find it</source>
        <translation>In questo articolo: 1 menzione — fai clic per trovarla</translation>
    </message>
    <message>
        <source>In this article: %1 mentions — click one to find it</source>
        <translation>In questo articolo: %1 menzioni — fai clic su una per trovarla</translation>
    </message>
    <message>
        <source>No other article in the library mentions it.</source>
        <translation>Nessun altro articolo della biblioteca la cita.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in vigore</translation>
    </message>
    <message>
        <source>not (yet) in force</source>
        <translation>non (ancora) in vigore</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>sospeso</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>estinto</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sostituito</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Entrata in vigore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Carica</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Cariche</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinate</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipologia</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(senza titolo)</translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation>1 menzione</translation>
    </message>
    <message>
        <source>%1 mentions</source>
        <translation>%1 menzioni</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 articolo</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 articoli</translation>
    </message>
    <message>
        <source>this article</source>
        <translation>questo articolo</translation>
    </message>
</context>
<context>
    <name>annalist::ui::EntityPanel</name>
    <message>
        <source>Entities</source>
        <translation>Entità</translation>
    </message>
</context>
<context>
    <name>annalist::ui::EntityPickerDialog</name>
    <message>
        <source>Link to an entity</source>
        <translation>Collega a un’entità</translation>
    </message>
    <message>
        <source>Which entity does “%1” refer to?</source>
        <translation>A quale entità si riferisce «%1»?</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Digita per filtrare</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Collega</translation>
    </message>
</context>
<context>
    <name>annalist::ui::EntityTreeModel</name>
    <message>
        <source>%1 — 1 mention in this article</source>
        <translation>%1 — 1 menzione in questo articolo</translation>
    </message>
    <message>
        <source>%1 — %2 mentions in this article</source>
        <translation>%1 — %2 menzioni in questo articolo</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menzioni</translation>
    </message>
</context>
<context>
    <name>annalist::ui::LegendBar</name>
    <message>
        <source>Highlight:</source>
        <translation>Evidenzia:</translation>
    </message>
    <message>
        <source>Show or hide the highlights of %1</source>
        <translation>Mostra o nascondi le evidenziazioni di %1</translation>
    </message>
</context>
<context>
    <name>annalist::ui::LibraryBrowser</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Elimina «%1»</translation>
    </message>
</context>
<context>
    <name>annalist::ui::LibraryFilterBar</name>
    <message>
        <source>Search the library</source>
        <translation>Cerca nella biblioteca</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation>Qualsiasi entità</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tutte le fonti</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>qualsiasi data</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Prima i più recenti</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Most entities</source>
        <translation>Con più entità</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Azzera</translation>
    </message>
    <message>
        <source>Show every article</source>
        <translation>Mostra tutti gli articoli</translation>
    </message>
    <message>
        <source>Type / sort</source>
        <translation>Tipo / ordine</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>Da / a</translation>
    </message>
</context>
<context>
    <name>annalist::ui::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>No article matches. Clear the filters to see the whole library.</source>
        <translation>Nessun articolo corrisponde. Azzera i filtri per vedere tutta la biblioteca.</translation>
    </message>
</context>
<context>
    <name>annalist::ui::MainWindow</name>
    <message>
        <source>article</source>
        <translation>articolo</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>&amp;Export as Markdown…</source>
        <translation>&amp;Esporta in Markdown…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Annalist</source>
        <translation>&amp;Informazioni su Annalist</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossibile aprire %1</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Impossibile aprire l’articolo</translation>
    </message>
    <message>
        <source>Opened %1 and added it to the library</source>
        <translation>Aperto %1 e aggiunto alla biblioteca</translation>
    </message>
    <message>
        <source>%1 is already in the library</source>
        <translation>%1 è già nella biblioteca</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <source>Exported notes to %1</source>
        <translation>Note esportate in %1</translation>
    </message>
    <message>
        <source>The article is no longer in the library</source>
        <translation>L’articolo non è più nella biblioteca</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Apri articolo</translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation>Prima apri un articolo</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Esporta in Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>About Annalist</source>
        <translation>Informazioni su Annalist</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;A news reader that marks who, where and which agreements a story is about, and explains each one on a click.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;Un lettore di notizie che segna chi, dove e quali accordi riguarda una storia, e spiega ciascuno con un clic.&lt;/p&gt;&lt;p&gt;Distribuito secondo i termini della GNU General Public License, versione 3 o successiva.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Annotating %1…</source>
        <translation>Annotazione di %1…</translation>
    </message>
    <message>
        <source>Article restored</source>
        <translation>Articolo ripristinato</translation>
    </message>
    <message>
        <source>&amp;Delete Article</source>
        <translation>&amp;Elimina articolo</translation>
    </message>
    <message>
        <source>&amp;Find in Library</source>
        <translation>&amp;Trova nella biblioteca</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Re-annotate the Library</source>
        <translation>&amp;Riannota la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Azzera i filtri</translation>
    </message>
    <message>
        <source>Select an article to delete</source>
        <translation>Seleziona un articolo da eliminare</translation>
    </message>
    <message>
        <source>Article deleted — Edit ▸ Undo brings it back</source>
        <translation>Articolo eliminato — Modifica ▸ Annulla lo ripristina</translation>
    </message>
    <message>
        <source>Re-annotating the library…</source>
        <translation>Riannotazione della biblioteca…</translation>
    </message>
    <message>
        <source>Re-annotation stopped</source>
        <translation>Riannotazione interrotta</translation>
    </message>
    <message>
        <source>Re-annotation cancelled: %1 of %2 articles done</source>
        <translation>Riannotazione annullata: %1 articoli su %2 completati</translation>
    </message>
    <message>
        <source>Re-annotated %1 articles</source>
        <translation>Riannotati %1 articoli</translation>
    </message>
</context>
<context>
    <name>annalist::ui::NoteActions</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Evidenzia</translation>
    </message>
    <message>
        <source>Highlight the selected passage (Ctrl+Shift+H)</source>
        <translation>Evidenzia il passo selezionato (Ctrl+Maiusc+H)</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>&amp;Colore dell’evidenziazione</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>&amp;Aggiungi nota…</translation>
    </message>
    <message>
        <source>Add a note with tags to the selected passage (Ctrl+Shift+N)</source>
        <translation>Aggiungi una nota con tag al passo selezionato (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <source>Select a passage of the article first</source>
        <translation>Prima seleziona un passo dell’articolo</translation>
    </message>
    <message>
        <source>The passage of this note is no longer in the article</source>
        <translation>Il passo di questa nota non è più nell’articolo</translation>
    </message>
</context>
<context>
    <name>annalist::ui::NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
    <message>
        <source>What is worth remembering about this passage?</source>
        <translation>Che cosa vale la pena ricordare di questo passo?</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tag, separati da virgole</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>annalist::ui::NoteListModel</name>
    <message>
        <source>Passage no longer in the article</source>
        <translation>Passo non più presente nell’articolo</translation>
    </message>
    <message>
        <source>Passage no longer in the article: “%1”</source>
        <translation>Passo non più presente nell’articolo: «%1»</translation>
    </message>
</context>
<context>
    <name>annalist::ui::NotesPanel</name>
    <message>
        <source>Show only the notes with this tag</source>
        <translation>Mostra solo le note con questo tag</translation>
    </message>
    <message>
        <source>No notes yet. Select a passage in the article, then choose Highlight or Add note… (right click, the Notes menu or the buttons above).</source>
        <translation>Ancora nessuna nota. Seleziona un passo dell’articolo, poi scegli Evidenzia o Aggiungi nota… (clic destro, il menu Note o i pulsanti qui sopra).</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>La tua nota</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tag, separati da virgole</translation>
    </message>
    <message>
        <source>&amp;Go to passage</source>
        <translation>&amp;Vai al passo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tutti i tag</translation>
    </message>
</context>
<context>
    <name>annalist::ui::ReannotationJob</name>
    <message>
        <source>Re-annotation stopped: %1</source>
        <translation>Riannotazione interrotta: %1</translation>
    </message>
</context>
<context>
    <name>annalist::ui::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Svuota menu</translation>
    </message>
</context>
<context>
    <name>annalist::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
</context>
<context>
    <name>annalist::ui::ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Testo più &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Testo più &amp;piccolo</translation>
    </message>
    <message>
        <source>&amp;Reset Text Size</source>
        <translation>&amp;Ripristina dimensione del testo</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Come il &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Scuro</translation>
    </message>
    <message>
        <source>&amp;Next Entity</source>
        <translation>Entità &amp;successiva</translation>
    </message>
    <message>
        <source>&amp;Previous Entity</source>
        <translation>Entità &amp;precedente</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A news reader that explains who, where and which agreements.</source>
        <translation>Un lettore di notizie che spiega chi, dove e quali accordi.</translation>
    </message>
    <message>
        <source>Library file to use, created if missing (default: $ANNALIST_LIBRARY, else annalist/library.sqlite in the user data folder).</source>
        <translation>File della biblioteca da usare, creato se manca (predefinito: $ANNALIST_LIBRARY, altrimenti annalist/library.sqlite nella cartella dei dati dell’utente).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PERCORSO</translation>
    </message>
    <message>
        <source>Article to open.</source>
        <translation>Articolo da aprire.</translation>
    </message>
    <message>
        <source>Annalist cannot start</source>
        <translation>Annalist non può partire</translation>
    </message>
    <message>
        <source>Annalist could not start.

%1

Library: %2</source>
        <translation>Annalist non è riuscito a partire.

%1

Biblioteca: %2</translation>
    </message>
</context>
</TS>
