// An event bus dispatching by the reflect type of events to handlers
// registered as funcs of one argument, with reflect.Call, type switches
// and errors.As over user error types.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type UserCreated struct{ Name string }
type OrderPlaced struct {
	ID    int
	Total float64
}
type Tick int

type HandlerError struct {
	Event string
	Err   error
}

func (e *HandlerError) Error() string { return e.Event + ": " + e.Err.Error() }
func (e *HandlerError) Unwrap() error { return e.Err }

var ErrRejected = errors.New("rejected")

type Bus struct {
	handlers map[reflect.Type][]reflect.Value
	log      []string
}

func (b *Bus) Subscribe(fn any) error {
	v := reflect.ValueOf(fn)
	t := v.Type()
	if t.Kind() != reflect.Func || t.NumIn() != 1 {
		return fmt.Errorf("handler must be func(Event) [error], got %v", t)
	}
	if b.handlers == nil {
		b.handlers = map[reflect.Type][]reflect.Value{}
	}
	b.handlers[t.In(0)] = append(b.handlers[t.In(0)], v)
	return nil
}

func (b *Bus) Publish(ev any) error {
	t := reflect.TypeOf(ev)
	hs := b.handlers[t]
	if len(hs) == 0 {
		b.log = append(b.log, "unhandled "+t.String())
		return nil
	}
	var errs []error
	for _, h := range hs {
		out := h.Call([]reflect.Value{reflect.ValueOf(ev)})
		if len(out) == 1 && !out[0].IsNil() {
			errs = append(errs, &HandlerError{t.Name(), out[0].Interface().(error)})
		}
	}
	return errors.Join(errs...)
}

func main() {
	var b Bus
	var seen []string
	fmt.Println(b.Subscribe(func(e UserCreated) { seen = append(seen, "welcome "+e.Name) }))
	fmt.Println(b.Subscribe(func(e UserCreated) error {
		if strings.HasPrefix(e.Name, "x") {
			return fmt.Errorf("name %q: %w", e.Name, ErrRejected)
		}
		return nil
	}))
	fmt.Println(b.Subscribe(func(o OrderPlaced) { seen = append(seen, fmt.Sprintf("order %d %.2f", o.ID, o.Total)) }))
	fmt.Println(b.Subscribe(func(a, c int) {}))
	fmt.Println(b.Subscribe(func(t Tick) error { return nil }))
	for _, ev := range []any{UserCreated{"ann"}, OrderPlaced{7, 19.5}, UserCreated{"xavier"}, Tick(3), "str", 42} {
		if err := b.Publish(ev); err != nil {
			var he *HandlerError
			fmt.Println("error:", err, errors.Is(err, ErrRejected), errors.As(err, &he) && he.Event == "UserCreated")
		}
	}
	fmt.Println(seen)
	fmt.Println(b.log)
	var types []string
	for t := range b.handlers {
		types = append(types, fmt.Sprintf("%v/%v/%d", t, t.Kind(), len(b.handlers[t])))
	}
	sort.Strings(types)
	fmt.Println(types)
}
