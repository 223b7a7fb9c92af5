// gonotes patch: this file (s10-gob).

package interp

import (
	"encoding/gob"
	"fmt"
	"reflect"
	"strings"
)

// gob's registry of concrete types (gob.Register, gob.RegisterName) lasts
// as long as the process and cannot forget a name. In a session, a cell
// that declares a type again (with other fields or methods) makes a new
// type of the same name, and registering it panics with gob's
//
//	gob: registering duplicate types for "main.Point": main.Point != main.Point
//
// which names the same type twice. gobRegisterHook keeps that panic and
// says what it means when the type registered is the current declaration
// of a type of the session's main package.

var (
	gobRegisterPC     = reflect.ValueOf(gob.Register).Pointer()
	gobRegisterNamePC = reflect.ValueOf(gob.RegisterName).Pointer()
)

const gobDupPrefix = "gob: registering duplicate types for "

// isGobRegister reports whether n is the function gob.Register or
// gob.RegisterName.
func isGobRegister(n *node) bool {
	if n == nil || !n.rval.IsValid() || n.rval.Kind() != reflect.Func {
		return false
	}
	pc := n.rval.Pointer()
	return pc == gobRegisterPC || pc == gobRegisterNamePC
}

// gobRegisterHook returns the func calling gob.Register or
// gob.RegisterName (c0) through call, or nil for any other function.
func (interp *Interpreter) gobRegisterHook(c0 *node) func(call func(reflect.Value, []reflect.Value) []reflect.Value, v reflect.Value, in []reflect.Value) []reflect.Value {
	if !isGobRegister(c0) {
		return nil
	}
	return func(call func(reflect.Value, []reflect.Value) []reflect.Value, v reflect.Value, in []reflect.Value) []reflect.Value {
		defer func() {
			if r := recover(); r != nil {
				panic(interp.explainGobDup(r, in))
			}
		}()
		return call(v, in)
	}
}

// explainGobDup returns gob's panic value r, with what it means added
// when it is gob's duplicate-type panic for a type that the session's
// main package declares now, under the same name as the type registered
// before (a declaration made again by a later cell).
func (interp *Interpreter) explainGobDup(r any, in []reflect.Value) any {
	msg, ok := r.(string)
	if !ok || !strings.HasPrefix(msg, gobDupPrefix) || len(in) == 0 {
		return r
	}
	// The message ends with ": OLD != NEW"; only the same text twice is
	// a type declared again.
	i := strings.LastIndex(msg, ": ")
	if i < 0 {
		return r
	}
	olds, news, ok := strings.Cut(msg[i+2:], " != ")
	if !ok || olds != news {
		return r
	}
	val := in[len(in)-1]
	if val.Kind() == reflect.Interface {
		val = val.Elem()
	}
	if !val.IsValid() {
		return r
	}
	rt := val.Type()
	if rt.Name() == "" && rt.Kind() == reflect.Ptr {
		rt = rt.Elem()
	}
	sc := interp.scopes[mainID]
	if sc == nil || rt.Name() == "" {
		return r
	}
	sym := sc.sym[rt.Name()]
	if sym == nil || sym.kind != typeSym || sym.typ == nil || interp.namedRType(sym.typ) != rt {
		return r
	}
	return fmt.Sprintf("%s (gob already has another type named %s, registered before %s was declared again; gob keeps a name's type for as long as the kernel runs: restart the kernel to register the new %s)", msg, news, rt.Name(), rt.Name())
}
