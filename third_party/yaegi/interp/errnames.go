// gonotes patch: this file.

package interp

import (
	"reflect"
	"strings"
)

// A compiled template names the type of its data from its reflect type,
// which for an interpreted struct is a struct literal: "can't evaluate
// field Missing in type struct { Name string }" for Go's "in type
// main.Item". For a call of a compiled function returning an error whose
// arguments have interpreted struct types, the message of the error of an
// execution (a struct with a field Err error, as template.ExecError) is
// rewritten with their names; the original error stays its Unwrap.

// errorRenamer returns a replacer of the reflect names of the interpreted
// struct types of the arguments args by their names, or nil.
func errorRenamer(args []*node) *strings.Replacer {
	var pairs []string
	for _, c := range args {
		pairs = append(pairs, structNamesList(c.typ)...)
	}
	if pairs == nil {
		return nil
	}
	return strings.NewReplacer(pairs...)
}

// renamedError is an error whose message names interpreted types.
type renamedError struct {
	msg string
	err error
}

func (e *renamedError) Error() string { return e.msg }
func (e *renamedError) Unwrap() error { return e.err }

// renameExecError returns the error errv (an error interface value) with
// its message rewritten by r if it is an execution error: a struct with an
// exported field Err of type error.
func renameExecError(errv reflect.Value, r *strings.Replacer) reflect.Value {
	if !errv.IsValid() || errv.Kind() != reflect.Interface || errv.IsNil() {
		return errv
	}
	e := errv.Elem()
	if e.Kind() != reflect.Struct {
		return errv
	}
	f, ok := e.Type().FieldByName("Err")
	if !ok || f.Type != errorRType || f.PkgPath != "" {
		return errv
	}
	inner, _ := e.FieldByIndex(f.Index).Interface().(error)
	if inner == nil {
		return errv
	}
	msg := r.Replace(inner.Error())
	if msg == inner.Error() {
		return errv
	}
	c := reflect.New(e.Type()).Elem()
	c.Set(e)
	c.FieldByIndex(f.Index).Set(reflect.ValueOf(&renamedError{msg, inner}))
	out := reflect.New(errorRType).Elem()
	out.Set(c)
	return out
}
