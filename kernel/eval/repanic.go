package eval

import (
	"encoding/gob"
	"encoding/json"
	"reflect"
	goruntime "runtime"
	"sync"
	"sync/atomic"

	"github.com/traefik/yaegi/interp"
)

// Compiled functions of the standard library that recover a panic of the
// code they call (a cell's MarshalJSON, a nil pointer given to fmt.Sscan)
// and panic with it again: Go prints such a panic as "v [recovered,
// repanicked]" (Go 1.25). The interpreter does not see the compiled
// recover, so a call of one of them is bound (stackBinder) to a wrapper
// that notes the panic (interp.NoteRepanic) as it goes through.
var repanickingFuncs = map[string]bool{
	"fmt.Fscan": true, "fmt.Fscanf": true, "fmt.Fscanln": true,
	"fmt.Sscan": true, "fmt.Sscanf": true, "fmt.Sscanln": true,
	"fmt.Scan": true, "fmt.Scanf": true, "fmt.Scanln": true,
	"encoding/json.Marshal": true, "encoding/json.MarshalIndent": true,
}

// repanickingMethods are the methods of compiled types that do the same,
// by receiver type and name.
var repanickingMethods = map[reflect.Type]map[string]bool{}

func init() {
	for _, m := range []struct {
		v     any
		names []string
	}{
		{(*json.Encoder)(nil), []string{"Encode"}},
		{(*gob.Encoder)(nil), []string{"Encode", "EncodeValue"}},
		{(*gob.Decoder)(nil), []string{"Decode", "DecodeValue"}},
	} {
		set := map[string]bool{}
		for _, n := range m.names {
			set[n] = true
		}
		repanickingMethods[reflect.TypeOf(m.v)] = set
	}
}

// repanicBind returns the StackBinder's bind for a call of fn (or of the
// method named method of recv) if it recovers and panics again, else nil.
func (s *Session) repanicBind(fn reflect.Value, recv reflect.Type, method string) func(interp.Stack, reflect.Value, reflect.Value) reflect.Value {
	switch {
	case recv != nil:
		if !repanickingMethods[recv][method] {
			return nil
		}
	case fn.IsValid() && fn.Kind() == reflect.Func && !fn.IsNil():
		f := goruntime.FuncForPC(fn.Pointer())
		if f == nil {
			return nil
		}
		switch name := f.Name(); {
		case name == "sync.OnceFunc":
			return func(_ interp.Stack, fn, _ reflect.Value) reflect.Value { return reflect.ValueOf(s.onceFunc) }
		case !repanickingFuncs[name]:
			return nil
		}
		w := s.repanicking(fn, nil) // a func of a package: made once
		return func(interp.Stack, reflect.Value, reflect.Value) reflect.Value { return w }
	default:
		return nil
	}
	return func(_ interp.Stack, fn, _ reflect.Value) reflect.Value { return s.repanicking(fn, nil) }
}

// repanicking returns fn (a func value) wrapped so that a panic going
// through it is noted as recovered and panicked again, if first (nil: every
// call) says it is the first call.
func (s *Session) repanicking(fn reflect.Value, first *atomic.Bool) reflect.Value {
	variadic := fn.Type().IsVariadic()
	return reflect.MakeFunc(fn.Type(), func(args []reflect.Value) []reflect.Value {
		note := first == nil || first.Swap(false)
		defer func() {
			if r := recover(); r != nil {
				if note && s.i != nil {
					s.i.NoteRepanic(r)
				}
				panic(r)
			}
		}()
		if variadic {
			return fn.CallSlice(args)
		}
		return fn.Call(args)
	})
}

// onceFunc is sync.OnceFunc for cells: the func it returns panics, at its
// first call, with the panic of f recovered and panicked again ("[recovered,
// repanicked]"), and at later calls with the same value afresh, as Go's.
func (s *Session) onceFunc(f func()) func() {
	g := sync.OnceFunc(f)
	first := new(atomic.Bool)
	first.Store(true)
	return s.repanicking(reflect.ValueOf(g), first).Interface().(func())
}
