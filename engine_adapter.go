package main

import "github.com/gonotes/gonotes/kernel/eval"

// engineAdapter lets the kernel run while kernel/eval grows its query methods
// (complete, inspect, is_complete): each forwards to the session when it has
// the method. It goes away once eval.Session implements kernel.Engine fully.
type engineAdapter struct{ *eval.Session }

func (e engineAdapter) Complete(code string, cursor int) ([]string, int, int) {
	if c, ok := any(e.Session).(interface {
		Complete(string, int) ([]string, int, int)
	}); ok {
		return c.Complete(code, cursor)
	}
	return nil, cursor, cursor
}

func (e engineAdapter) Inspect(code string, cursor, detail int) (map[string]any, bool) {
	if c, ok := any(e.Session).(interface {
		Inspect(string, int, int) (map[string]any, bool)
	}); ok {
		return c.Inspect(code, cursor, detail)
	}
	return nil, false
}

func (e engineAdapter) IsComplete(code string) (string, string) {
	if c, ok := any(e.Session).(interface{ IsComplete(string) (string, string) }); ok {
		return c.IsComplete(code)
	}
	return "unknown", ""
}
