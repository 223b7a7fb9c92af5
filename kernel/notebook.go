package kernel

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// Notebook is an nbformat 4 notebook kept as generic JSON, so that every
// field the runner does not touch is written back unchanged.
type Notebook struct {
	Cells    []map[string]any `json:"cells"`
	Metadata map[string]any   `json:"metadata"`
	Nbformat int              `json:"nbformat"`
	Minor    int              `json:"nbformat_minor"`
}

// ReadNotebook parses an .ipynb file.
func ReadNotebook(path string) (*Notebook, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read notebook: %w", err)
	}
	var nb Notebook
	if err := json.Unmarshal(b, &nb); err != nil {
		return nil, fmt.Errorf("parse notebook %s: %w", path, err)
	}
	if nb.Nbformat != 4 {
		return nil, fmt.Errorf("notebook %s: nbformat %d, want 4", path, nb.Nbformat)
	}
	return &nb, nil
}

// Marshal returns the notebook as Jupyter writes it: keys sorted, one-space
// indent, no HTML escaping, a final newline.
func (nb *Notebook) Marshal() ([]byte, error) {
	v := map[string]any{"cells": nb.Cells, "metadata": nb.Metadata, "nbformat": nb.Nbformat, "nbformat_minor": nb.Minor}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("encode notebook: %w", err)
	}
	return buf.Bytes(), nil
}

// WriteFile writes the notebook to path.
func (nb *Notebook) WriteFile(path string) error {
	b, err := nb.Marshal()
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// CellSource returns a cell's source as one string (nbformat allows a string
// or a list of lines).
func CellSource(cell map[string]any) string {
	switch s := cell["source"].(type) {
	case string:
		return s
	case []any:
		var b strings.Builder
		for _, l := range s {
			if str, ok := l.(string); ok {
				b.WriteString(str)
			}
		}
		return b.String()
	}
	return ""
}

// splitLines splits text as nbformat stores multi-line strings: a list of
// lines, each keeping its newline.
func splitLines(text string) []any {
	out := []any{}
	for text != "" {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			out = append(out, text)
			break
		}
		out = append(out, text[:i+1])
		text = text[i+1:]
	}
	return out
}

// OutputsOf converts the iopub messages of one execute request into
// nbformat outputs, as Jupyter stores them: consecutive stream messages of
// the same stream merged, display updates applied to their display ids.
func OutputsOf(msgs []*Message) []map[string]any {
	outs := []map[string]any{}
	displays := map[string][]int{} // display_id -> output indexes
	clearNext := false             // a clear_output(wait=true) waits for the next output
	clear := func() {
		outs = outs[:0]
		displays = map[string][]int{}
		clearNext = false
	}
	for _, m := range msgs {
		var c map[string]any
		if err := json.Unmarshal(m.Content, &c); err != nil {
			continue
		}
		switch m.Header.MsgType {
		case "stream", "execute_result", "display_data", "error":
			if clearNext {
				clear()
			}
		}
		switch m.Header.MsgType {
		case "stream":
			name, _ := c["name"].(string)
			text, _ := c["text"].(string)
			if n := len(outs); n > 0 && outs[n-1]["output_type"] == "stream" && outs[n-1]["name"] == name {
				outs[n-1]["text"] = outs[n-1]["text"].(string) + text
				continue
			}
			outs = append(outs, map[string]any{"output_type": "stream", "name": name, "text": text})
		case "execute_result":
			outs = append(outs, map[string]any{"output_type": "execute_result", "execution_count": c["execution_count"], "data": c["data"], "metadata": orEmpty(c["metadata"])})
		case "display_data":
			outs = append(outs, map[string]any{"output_type": "display_data", "data": c["data"], "metadata": orEmpty(c["metadata"])})
			if id := displayID(c); id != "" {
				displays[id] = append(displays[id], len(outs)-1)
			}
		case "update_display_data":
			for _, i := range displays[displayID(c)] {
				outs[i]["data"] = c["data"]
				outs[i]["metadata"] = orEmpty(c["metadata"])
			}
		case "error":
			outs = append(outs, map[string]any{"output_type": "error", "ename": c["ename"], "evalue": c["evalue"], "traceback": c["traceback"]})
		case "clear_output":
			if wait, _ := c["wait"].(bool); wait {
				clearNext = true
			} else {
				clear()
			}
		}
	}
	for _, o := range outs {
		if o["output_type"] == "stream" {
			o["text"] = splitLines(o["text"].(string))
		}
		if data, ok := o["data"].(map[string]any); ok {
			for k, v := range data {
				if s, ok := v.(string); ok && !strings.HasSuffix(k, "json") {
					data[k] = splitLines(s)
				}
			}
		}
	}
	return outs
}

func orEmpty(v any) any {
	if v == nil {
		return map[string]any{}
	}
	return v
}

func displayID(c map[string]any) string {
	t, _ := c["transient"].(map[string]any)
	id, _ := t["display_id"].(string)
	return id
}

// RunOptions tune RunNotebook.
type RunOptions struct {
	// CellTimeout bounds each cell (0: 10 minutes).
	CellTimeout time.Duration
	// Progress, if set, receives one line per cell.
	Progress io.Writer
	// KeepGoing runs every cell even after an error (Jupyter's
	// --allow-errors).
	KeepGoing bool
}

// RunNotebook executes every code cell of nb in order through c and stores
// the outputs and execution counts in nb, as Jupyter would. It returns an
// error for the first cell that failed (after running the rest when
// opts.KeepGoing).
func RunNotebook(ctx context.Context, c *Client, nb *Notebook, opts RunOptions) error {
	if opts.CellTimeout == 0 {
		opts.CellTimeout = 10 * time.Minute
	}
	total := 0
	for _, cell := range nb.Cells {
		if cell["cell_type"] == "code" {
			total++
		}
	}
	// Store the kernel's language_info, as Jupyter does when it opens the
	// notebook (a notebook whose stored one differs opens as changed).
	if res, err := c.Request(ctx, "shell", "kernel_info_request", map[string]any{}); err == nil {
		var info struct {
			LanguageInfo map[string]any `json:"language_info"`
		}
		if res.ReplyContent(&info) == nil && info.LanguageInfo != nil {
			if nb.Metadata == nil {
				nb.Metadata = map[string]any{}
			}
			nb.Metadata["language_info"] = info.LanguageInfo
		}
	}
	// Output that a cell's goroutines write after it ended, while no other
	// cell runs, is addressed to that cell: Jupyter's front ends add it to
	// the cell's outputs, and so does the runner (nbclient drops it).
	late := newLateOutputs()
	c.OnLate(late.add)
	defer c.OnLate(nil)
	defer late.store(nb)
	var firstErr error
	n := 0
	for i, cell := range nb.Cells {
		if cell["cell_type"] != "code" {
			continue
		}
		n++
		start := time.Now()
		cctx, cancel := context.WithTimeout(ctx, opts.CellTimeout)
		res, err := c.Execute(cctx, CellSource(cell))
		cancel()
		if err != nil {
			return fmt.Errorf("cell %d: %w", i, err)
		}
		var reply struct {
			Status string `json:"status"`
			Count  int    `json:"execution_count"`
			Ename  string `json:"ename"`
			Evalue string `json:"evalue"`
		}
		_ = res.ReplyContent(&reply)
		cell["outputs"] = OutputsOf(res.IOPub)
		late.ran(res, i)
		cell["execution_count"] = reply.Count
		status := "ok"
		if reply.Status != "ok" {
			status = reply.Ename + ": " + reply.Evalue
			if firstErr == nil {
				firstErr = fmt.Errorf("cell %d (code cell %d of %d) failed: %s: %s", i, n, total, reply.Ename, reply.Evalue)
			}
		}
		if opts.Progress != nil {
			fmt.Fprintf(opts.Progress, "[%d/%d] %s (%.2fs)\n", n, total, status, time.Since(start).Seconds())
		}
		if firstErr != nil && !opts.KeepGoing {
			return firstErr
		}
	}
	return firstErr
}

// lateOutputs collects the iopub messages of cells that already ended, for
// RunNotebook.
type lateOutputs struct {
	mu    sync.Mutex
	msgs  map[string][]*Message // parent msg_id -> late messages
	cells map[string]int        // request msg_id -> cell index
	iopub map[int][]*Message    // cell index -> its messages until idle
}

func newLateOutputs() *lateOutputs {
	return &lateOutputs{msgs: map[string][]*Message{}, cells: map[string]int{}, iopub: map[int][]*Message{}}
}

func parentID(m *Message) string {
	var p struct {
		MsgID string `json:"msg_id"`
	}
	_ = json.Unmarshal(m.Parent, &p)
	return p.MsgID
}

// add keeps m (called by the client's reader for a message no request
// awaits).
func (l *lateOutputs) add(m *Message) {
	switch m.Header.MsgType {
	case "stream", "display_data", "update_display_data", "clear_output", "execute_result", "error":
	default:
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	id := parentID(m)
	l.msgs[id] = append(l.msgs[id], m)
}

// ran records that cell i's request ended with res.
func (l *lateOutputs) ran(res *Result, i int) {
	if res.Reply == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.cells[parentID(res.Reply)] = i
	l.iopub[i] = res.IOPub
}

// store adds each cell's late output to its outputs in nb.
func (l *lateOutputs) store(nb *Notebook) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for id, msgs := range l.msgs {
		i, ok := l.cells[id]
		if !ok {
			continue
		}
		all := append(append([]*Message(nil), l.iopub[i]...), msgs...)
		nb.Cells[i]["outputs"] = OutputsOf(all)
	}
}
