package kernel

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sync"
)

// The protocol between a RemoteEngine (in the kernel process) and
// ServeEngine (in its interpreter child process): one JSON object per line,
// requests on the child's stdin, events on its file descriptor 3.

// rpcRequest is a request from the kernel to the interpreter.
type rpcRequest struct {
	// Op is "execute", "load", "input_reply", "interrupt", "complete",
	// "inspect", "is_complete", "comm" or "shutdown".
	Op     string         `json:"op"`
	ID     int64          `json:"id,omitempty"`     // request id, echoed by the done or reply event
	Cell   int64          `json:"cell,omitempty"`   // execute: the scope's id (execution count)
	Code   string         `json:"code,omitempty"`   // execute, load (declarations), queries
	Stdin  bool           `json:"stdin,omitempty"`  // execute: the frontend accepts input requests
	Cursor int            `json:"cursor,omitempty"` // complete, inspect
	Detail int            `json:"detail,omitempty"` // inspect
	Value  string         `json:"value,omitempty"`  // input_reply
	Err    string         `json:"err,omitempty"`    // input_reply: the input failed
	Kind   string         `json:"kind,omitempty"`   // comm: comm_open, comm_msg or comm_close
	Data   map[string]any `json:"data,omitempty"`   // comm: the message's content
}

// rpcEvent is an event from the interpreter to the kernel.
type rpcEvent struct {
	// Ev is "ready", "stream", "display", "clear", "comm", "input", "done"
	// or "reply".
	Ev string `json:"ev"`
	// ID is the execute request the event belongs to (stream, display,
	// input: the cell whose scope produced it; done, reply: the request).
	ID        int64          `json:"id,omitempty"`
	Input     int64          `json:"input,omitempty"` // input: id for the input_reply
	Name      string         `json:"name,omitempty"`  // stream: stdout or stderr
	Text      string         `json:"text,omitempty"`  // stream
	Data      map[string]any `json:"data,omitempty"`  // display, done (result), reply (inspect)
	Metadata  map[string]any `json:"metadata,omitempty"`
	DisplayID string         `json:"display_id,omitempty"`
	Update    bool           `json:"update,omitempty"`
	Prompt    string         `json:"prompt,omitempty"` // input
	Password  bool           `json:"password,omitempty"`
	Error     *rpcError      `json:"error,omitempty"` // done: the cell failed
	Decls     *string        `json:"decls,omitempty"` // done: the declarations so far
	Notes     []string       `json:"notes,omitempty"` // done: what replaying Decls does not bring back
	Matches   []string       `json:"matches,omitempty"`
	Start     int            `json:"start,omitempty"`
	End       int            `json:"end,omitempty"`
	Found     bool           `json:"found,omitempty"`
	Status    string         `json:"status,omitempty"`
	Indent    string         `json:"indent,omitempty"`
	Kind      string         `json:"kind,omitempty"` // comm: comm_open, comm_msg or comm_close (Data is the content)
	// History is a supervised child's history session (ready).
	History int `json:"history,omitempty"`
}

// rpcError is a failed cell as Jupyter shows it; it is a CellError.
type rpcError struct {
	Name  string   `json:"ename"`
	Value string   `json:"evalue"`
	Trace []string `json:"traceback"`
}

func (e *rpcError) Error() string       { return e.Name + ": " + e.Value }
func (e *rpcError) Ename() string       { return e.Name }
func (e *rpcError) Evalue() string      { return e.Value }
func (e *rpcError) Traceback() []string { return e.Trace }

// lineWriter writes JSON values, one per line, from any goroutine.
type lineWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lineWriter) send(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("rpc: encode: %w", err)
	}
	b = append(b, '\n')
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, err := l.w.Write(b); err != nil {
		return fmt.Errorf("rpc: write: %w", err)
	}
	return nil
}

// lineReader reads the JSON lines a lineWriter wrote.
func lineReader(r io.Reader) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 256<<20)
	return sc
}
