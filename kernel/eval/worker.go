package eval

import (
	"context"
	"fmt"
	"go/ast"
	"reflect"
	"strings"

	"github.com/gonotes/gonotes/lib/hook"
)

// Load runs a source of declarations, such as the result of
// [Session.Declarations] in another session (a child process replaying the
// notebook's definitions). Its output goes to the calling goroutine's scope
// (the process's stdout and stderr when there is none).
func (s *Session) Load(src string) error {
	scope := hook.Current()
	if scope == nil {
		scope = hook.NewScope(-2, nil, nil)
	}
	prev := hook.Active()
	defer hook.SetActive(prev)
	_, err := s.Execute(context.Background(), scope, src)
	if err == nil {
		return nil
	}
	// Some declaration does not compile here (it uses a variable that a
	// statement made, say): load them one by one and skip those.
	pieces, perr := splitCell(src)
	if perr != nil {
		return fmt.Errorf("replaying the notebook's declarations: %w", err)
	}
	// A piece may use one declared below it (the order of package
	// declarations is free in Go): the pieces that fail are tried again
	// while a round loads some.
	failed := map[int]error{}
	pending := make([]int, len(pieces))
	for i := range pending {
		pending[i] = i
	}
	for len(pending) > 0 {
		var again []int
		for _, i := range pending {
			if _, err := s.Execute(context.Background(), scope, pieces[i].text); err != nil {
				failed[i] = err
				again = append(again, i)
			} else {
				delete(failed, i)
			}
		}
		if len(again) == len(pending) {
			break
		}
		pending = again
	}
	var skipped []string
	for i, p := range pieces {
		err, ok := failed[i]
		if !ok || strings.Contains(p.text, fromStmtMark) {
			// A variable a statement made, using what only statements
			// made: like Python's spawn, the child does without it.
			continue
		}
		name := strings.TrimSpace(p.text)
		if i := strings.IndexAny(name, "{\n"); i > 0 {
			name = strings.TrimSpace(name[:i])
		}
		skipped = append(skipped, fmt.Sprintf("%s: %v", name, ansi(err)))
	}
	if len(skipped) == len(pieces) {
		return fmt.Errorf("replaying the notebook's declarations: %w", err)
	}
	if len(skipped) > 0 {
		warnf(hook.Stderr(), "gonotes worker: left out (they do not compile in a child process):\n  %s", strings.Join(skipped, "\n  "))
	}
	return nil
}

// Lookup returns the notebook func name (declared by a cell, or by Load) as
// a Go func value that compiled code can call, e.g. through reflect: what
// lib/multiprocessing's ServeChild asks for.
func (s *Session) Lookup(name string) (any, error) {
	if !isIdent(name) {
		return nil, fmt.Errorf("%q is not a Go identifier", name)
	}
	if !s.userFunc(name) {
		return nil, fmt.Errorf("no func %s in the notebook", name)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	body := &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: rtCall("Capture", ident(name))}}}
	prog, err := s.compile(body)
	if err != nil {
		return nil, fmt.Errorf("looking up %s: %w", name, err)
	}
	if _, err := s.i.Execute(prog); err != nil {
		return nil, fmt.Errorf("looking up %s: %w", name, err)
	}
	s.rt.mu.Lock()
	v := s.rt.captured
	s.rt.captured = nil
	s.rt.mu.Unlock()
	if v == nil || reflect.TypeOf(v).Kind() != reflect.Func {
		return nil, fmt.Errorf("%s is not a func", name)
	}
	return v, nil
}

// Call calls the notebook func name with args and returns its results. An
// argument is converted to the parameter's type when it is not assignable
// but convertible (a float64 from a decoder for an int parameter). A panic
// in the func is returned as an *Error.
func (s *Session) Call(name string, args []any) (results []any, err error) {
	f, err := s.Lookup(name)
	if err != nil {
		return nil, err
	}
	fv := reflect.ValueOf(f)
	ft := fv.Type()
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		var pt reflect.Type
		switch {
		case ft.IsVariadic() && i >= ft.NumIn()-1:
			pt = ft.In(ft.NumIn() - 1).Elem()
		case i < ft.NumIn():
			pt = ft.In(i)
		default:
			return nil, fmt.Errorf("%s takes %d arguments, got %d", name, ft.NumIn(), len(args))
		}
		v, err := convertArg(a, pt)
		if err != nil {
			return nil, fmt.Errorf("argument %d of %s: %w", i+1, name, err)
		}
		in[i] = v
	}
	if n := ft.NumIn(); len(args) < n && !(ft.IsVariadic() && len(args) >= n-1) {
		return nil, fmt.Errorf("%s takes %d arguments, got %d", name, n, len(args))
	}
	defer func() {
		if r := recover(); r != nil {
			trace := s.panics.take(hook.GoID())
			msg := s.panicChainMessage(r, false)
			e := &Error{Name: "panic", Value: msg, Trace: []string{red + "panic: " + msg + reset}}
			if hook.IsInterrupt(r) {
				e = s.interruptError(nil, false)
			}
			if x, ok := r.(exitPanic); ok {
				e = &Error{Name: "SystemExit", Code: x.code, Value: fmt.Sprintf("%v called", x)}
			}
			e.Trace = append(e.Trace, s.traceLines(trace, -1)...)
			results, err = nil, e
		}
	}()
	out := fv.Call(in)
	results = make([]any, len(out))
	for i, o := range out {
		results[i] = o.Interface()
	}
	return results, nil
}

// convertArg makes a an argument of type t.
func convertArg(a any, t reflect.Type) (reflect.Value, error) {
	if a == nil {
		return reflect.Zero(t), nil
	}
	v := reflect.ValueOf(a)
	switch {
	case v.Type().AssignableTo(t):
		return v, nil
	case v.Type().ConvertibleTo(t):
		return v.Convert(t), nil
	}
	return reflect.Value{}, fmt.Errorf("cannot use %v (%T) as %s", a, a, t)
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !isIdentRune(r) || i == 0 && r >= '0' && r <= '9' {
			return false
		}
	}
	return true
}
