package kernel

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-zeromq/zmq4"

	"github.com/gonotes/gonotes/lib/hook"
)

// execute runs one execute_request: the busy status, execute_input, the
// cell's streams and result or error on iopub, then execute_reply.
//
// A cell leaves for the interpreter process (see Starter) first thing: the
// busy status, execute_input and the input's line in the history file are
// published and written while it runs, and its result's line after the
// reply and the idle status, with what the engine left to tidy up
// (Tidier): execute returns that as later, for handle.
func (k *Kernel) execute(sock zmq4.Socket, mu *sync.Mutex, m *Message) (later func()) {
	var req executeRequest
	if err := json.Unmarshal(m.Content, &req); err != nil {
		k.status(m, "busy")
		k.mu.Lock()
		count := k.count
		k.mu.Unlock()
		k.reply(sock, mu, m, "execute_reply", map[string]any{
			"status": "error", "ename": "BadRequest", "evalue": err.Error(), "traceback": []string{err.Error()}, "execution_count": count,
		})
		return nil
	}
	store := req.StoreHistory == nil || *req.StoreHistory
	if req.Silent {
		store = false
	}
	// A cell whose %race magic replaced the previous interpreter process
	// goes on: counted, its input published and recorded there.
	resumed, resumedText := false, ""
	if c := k.cfg.Child; c != nil && c.resumed == m {
		resumed, resumedText = true, c.resumedText
	}
	k.mu.Lock()
	if store && !resumed {
		k.count++
	}
	count := k.count
	k.mu.Unlock()
	if c := k.cfg.Child; c != nil {
		// The supervisor learns the request from this if the process
		// dies before its reply.
		c.started(m, count)
	}
	// publishInput publishes busy and execute_input (held back until the
	// cell publishes, ends or has run for a while: see hold), and records
	// the input in the history.
	publishInput := func() {
		if resumed {
			if resumedText != "" {
				k.publish(m, "stream", map[string]any{"name": "stdout", "text": resumedText})
			}
			return
		}
		k.hold(m, "status", statusContent("busy"))
		if !req.Silent {
			k.hold(m, "execute_input", inputContent{Code: req.Code, Count: count})
		}
		if store {
			k.history.add(count, req.Code)
		}
	}
	if name, detail, ok := helpQuery(req.Code); ok {
		publishInput()
		// IPython's obj? and obj??: the docs as a page payload, nothing run.
		payload := []any{}
		if data, found := k.cfg.Engine.Inspect(name, utf8.RuneCountInString(name), detail); found {
			payload = append(payload, map[string]any{"source": "page", "data": data, "start": 0})
		} else if !req.Silent {
			k.publish(m, "stream", map[string]any{"name": "stdout", "text": "Object `" + name + "` not found.\n"})
		}
		k.reply(sock, mu, m, "execute_reply", map[string]any{
			"status": "ok", "execution_count": count, "user_expressions": map[string]any{}, "payload": payload,
		})
		return nil
	}

	// The cell may start before execute_input is published (see Starter):
	// what it publishes waits until execute_input is out.
	inputOut := make(chan struct{})
	scope, flush := k.gatedScope(m, int64(count), inputOut)
	if req.AllowStdin {
		scope.Input = func(prompt string, password bool) (string, error) {
			<-inputOut
			flush()
			return k.input(m, scope, prompt, password)
		}
	}

	k.mu.Lock()
	k.running = true
	k.lastScope = scope
	k.mu.Unlock()
	// A cell sent to the interpreter process runs there while
	// execute_input is published here.
	var wait func() (map[string]any, error)
	if st, ok := k.cfg.Engine.(Starter); ok {
		wait = st.Start(k.ctx, scope, req.Code)
	}
	publishInput()
	close(inputOut)
	var data map[string]any
	var err error
	if wait != nil {
		data, err = wait()
	} else {
		data, err = k.cfg.Engine.Execute(k.ctx, scope, req.Code)
	}
	k.mu.Lock()
	k.running = false
	k.mu.Unlock()
	k.cfg.Capture.Sync()
	flush()

	if err != nil {
		ename, evalue, tb := describe(err)
		k.publish(m, "error", map[string]any{"ename": ename, "evalue": evalue, "traceback": tb})
		if req.StopOnError == nil || *req.StopOnError {
			// Counted before the reply leaves: a request the client
			// sends once it has seen the failure may arrive before this
			// goroutine runs again (its thread preempted on a busy
			// machine), and must not be aborted.
			k.mu.Lock()
			k.lastFailed = m
			k.failRecv = k.received.Load()
			k.mu.Unlock()
		}
		k.reply(sock, mu, m, "execute_reply", map[string]any{
			"status": "error", "execution_count": count, "ename": ename, "evalue": evalue, "traceback": tb,
		})
		return k.childLater(nil)
	}
	var output *string // the result's text, for the history
	if data != nil && !req.Silent {
		meta, _ := data[hook.ResultMetadata].(map[string]any)
		if meta == nil {
			meta = map[string]any{}
		}
		delete(data, hook.ResultMetadata)
		k.publish(m, "execute_result", map[string]any{"execution_count": count, "data": data, "metadata": meta})
		if text, ok := data["text/plain"].(string); ok && store {
			output = &text
		}
	}
	k.reply(sock, mu, m, "execute_reply", okReply(count))
	// After the idle status: the result's history line, and what the
	// engine left to tidy up (Tidier).
	t, _ := k.cfg.Engine.(Tidier)
	if output == nil && t == nil {
		return k.childLater(nil)
	}
	return k.childLater(func() {
		if output != nil {
			k.history.setOutput(count, *output)
		}
		if t != nil {
			t.Tidy()
		}
	})
}

// childLater returns later, preceded in a supervisor's child by the
// update of the declarations the supervisor keeps for a new child.
func (k *Kernel) childLater(later func()) func() {
	c := k.cfg.Child
	if c == nil {
		return later
	}
	return func() {
		c.saveDecls(k.cfg.Engine)
		if later != nil {
			later()
		}
	}
}

// describe turns an Execute error into Jupyter's ename, evalue and
// traceback.
func describe(err error) (ename, evalue string, tb []string) {
	var ce CellError
	if errors.As(err, &ce) {
		return ce.Ename(), ce.Evalue(), ce.Traceback()
	}
	if hook.IsInterrupt(err) {
		return "KeyboardInterrupt", "", []string{"KeyboardInterrupt"}
	}
	msg := err.Error()
	first, _, _ := strings.Cut(msg, "\n")
	return "Error", first, strings.Split(msg, "\n")
}

// input asks the frontend for a line of text on the stdin channel.
func (k *Kernel) input(req *Message, scope *hook.Scope, prompt string, password bool) (string, error) {
	// Drop a stale reply, if any.
	select {
	case <-k.stdinReplies:
	default:
	}
	im, err := newMessage(k.session, req, "input_request", map[string]any{"prompt": prompt, "password": password})
	if err != nil {
		return "", err
	}
	k.releaseHeld()
	k.send(k.stdin, &k.stdinMu, im)
	select {
	case r := <-k.stdinReplies:
		var c struct {
			Value string `json:"value"`
		}
		if err := json.Unmarshal(r.Content, &c); err != nil {
			return "", fmt.Errorf("input_reply: %w", err)
		}
		return c.Value, nil
	case <-scope.Done():
		return "", hook.KeyboardInterrupt
	case <-k.ctx.Done():
		return "", errors.New("kernel shutting down")
	}
}

// helpQuery recognises IPython's help lines: a name or selector followed
// (or preceded) by ? for its docs, ?? for its docs and source. It returns
// the name and the inspection detail level (0 or 1).
func helpQuery(code string) (name string, detail int, ok bool) {
	s := strings.TrimSpace(code)
	switch {
	case strings.HasSuffix(s, "??"):
		s, detail = strings.TrimSuffix(s, "??"), 1
	case strings.HasSuffix(s, "?"):
		s = strings.TrimSuffix(s, "?")
	case strings.HasPrefix(s, "??"):
		s, detail = strings.TrimPrefix(s, "??"), 1
	case strings.HasPrefix(s, "?"):
		s = strings.TrimPrefix(s, "?")
	default:
		return "", 0, false
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return "", 0, false
	}
	if m, ok := strings.CutPrefix(s, "%"); ok {
		// A magic: %timeit? or %%time?
		m = strings.TrimPrefix(m, "%")
		for _, r := range m {
			if !(r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
				return "", 0, false
			}
		}
		if m == "" {
			return "", 0, false
		}
		return s, detail, true
	}
	for _, part := range strings.Split(s, ".") {
		if part == "" {
			return "", 0, false
		}
		for i, r := range part {
			if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
				return "", 0, false
			}
		}
	}
	return s, detail, true
}
