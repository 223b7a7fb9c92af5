// gonotes patch: this file.

package interp

import (
	"errors"
	"fmt"
	"reflect"
)

// Wrappers of the error interface for interpreted error types which also have
// the methods that package errors looks for (Unwrap, Is, As): a compiled
// errors.Is, errors.As or errors.Unwrap (and fmt.Errorf's %w chains) can then
// walk the chain through interpreted errors. getWrapper chooses the first of
// errorWrappers (most methods first) whose methods the type has.
type _errorUnwrapIsAs struct {
	IValue  interface{}
	WError  func() string
	WUnwrap func() error
	WIs     func(error) bool
	WAs     func(interface{}) bool
}

func (w _errorUnwrapIsAs) Error() string              { return w.WError() }
func (w _errorUnwrapIsAs) Unwrap() error              { return w.WUnwrap() }
func (w _errorUnwrapIsAs) Is(target error) bool       { return w.WIs(target) }
func (w _errorUnwrapIsAs) As(target interface{}) bool { return w.WAs(target) }

type _errorUnwrapMultiIsAs struct {
	IValue  interface{}
	WError  func() string
	WUnwrap func() []error
	WIs     func(error) bool
	WAs     func(interface{}) bool
}

func (w _errorUnwrapMultiIsAs) Error() string              { return w.WError() }
func (w _errorUnwrapMultiIsAs) Unwrap() []error            { return w.WUnwrap() }
func (w _errorUnwrapMultiIsAs) Is(target error) bool       { return w.WIs(target) }
func (w _errorUnwrapMultiIsAs) As(target interface{}) bool { return w.WAs(target) }

type _errorIsAs struct {
	IValue interface{}
	WError func() string
	WIs    func(error) bool
	WAs    func(interface{}) bool
}

func (w _errorIsAs) Error() string              { return w.WError() }
func (w _errorIsAs) Is(target error) bool       { return w.WIs(target) }
func (w _errorIsAs) As(target interface{}) bool { return w.WAs(target) }

type _errorUnwrapAs struct {
	IValue  interface{}
	WError  func() string
	WUnwrap func() error
	WAs     func(interface{}) bool
}

func (w _errorUnwrapAs) Error() string              { return w.WError() }
func (w _errorUnwrapAs) Unwrap() error              { return w.WUnwrap() }
func (w _errorUnwrapAs) As(target interface{}) bool { return w.WAs(target) }

type _errorUnwrapIs struct {
	IValue  interface{}
	WError  func() string
	WUnwrap func() error
	WIs     func(error) bool
}

func (w _errorUnwrapIs) Error() string        { return w.WError() }
func (w _errorUnwrapIs) Unwrap() error        { return w.WUnwrap() }
func (w _errorUnwrapIs) Is(target error) bool { return w.WIs(target) }

type _errorUnwrapMultiAs struct {
	IValue  interface{}
	WError  func() string
	WUnwrap func() []error
	WAs     func(interface{}) bool
}

func (w _errorUnwrapMultiAs) Error() string              { return w.WError() }
func (w _errorUnwrapMultiAs) Unwrap() []error            { return w.WUnwrap() }
func (w _errorUnwrapMultiAs) As(target interface{}) bool { return w.WAs(target) }

type _errorUnwrapMultiIs struct {
	IValue  interface{}
	WError  func() string
	WUnwrap func() []error
	WIs     func(error) bool
}

func (w _errorUnwrapMultiIs) Error() string        { return w.WError() }
func (w _errorUnwrapMultiIs) Unwrap() []error      { return w.WUnwrap() }
func (w _errorUnwrapMultiIs) Is(target error) bool { return w.WIs(target) }

type _errorAs struct {
	IValue interface{}
	WError func() string
	WAs    func(interface{}) bool
}

func (w _errorAs) Error() string              { return w.WError() }
func (w _errorAs) As(target interface{}) bool { return w.WAs(target) }

type _errorIs struct {
	IValue interface{}
	WError func() string
	WIs    func(error) bool
}

func (w _errorIs) Error() string        { return w.WError() }
func (w _errorIs) Is(target error) bool { return w.WIs(target) }

type _errorUnwrap struct {
	IValue  interface{}
	WError  func() string
	WUnwrap func() error
}

func (w _errorUnwrap) Error() string { return w.WError() }
func (w _errorUnwrap) Unwrap() error { return w.WUnwrap() }

type _errorUnwrapMulti struct {
	IValue  interface{}
	WError  func() string
	WUnwrap func() []error
}

func (w _errorUnwrapMulti) Error() string   { return w.WError() }
func (w _errorUnwrapMulti) Unwrap() []error { return w.WUnwrap() }

func (w _errorUnwrapIsAs) Format(s fmt.State, verb rune) { formatError(s, verb, w.IValue, w.WError) }
func (w _errorUnwrapMultiIsAs) Format(s fmt.State, verb rune) {
	formatError(s, verb, w.IValue, w.WError)
}
func (w _errorIsAs) Format(s fmt.State, verb rune)          { formatError(s, verb, w.IValue, w.WError) }
func (w _errorUnwrapAs) Format(s fmt.State, verb rune)      { formatError(s, verb, w.IValue, w.WError) }
func (w _errorUnwrapIs) Format(s fmt.State, verb rune)      { formatError(s, verb, w.IValue, w.WError) }
func (w _errorUnwrapMultiAs) Format(s fmt.State, verb rune) { formatError(s, verb, w.IValue, w.WError) }
func (w _errorUnwrapMultiIs) Format(s fmt.State, verb rune) { formatError(s, verb, w.IValue, w.WError) }
func (w _errorAs) Format(s fmt.State, verb rune)            { formatError(s, verb, w.IValue, w.WError) }
func (w _errorIs) Format(s fmt.State, verb rune)            { formatError(s, verb, w.IValue, w.WError) }
func (w _errorUnwrap) Format(s fmt.State, verb rune)        { formatError(s, verb, w.IValue, w.WError) }
func (w _errorUnwrapMulti) Format(s fmt.State, verb rune)   { formatError(s, verb, w.IValue, w.WError) }

var errorWrappers = []reflect.Type{
	reflect.TypeOf((*_errorUnwrapIsAs)(nil)).Elem(),
	reflect.TypeOf((*_errorUnwrapMultiIsAs)(nil)).Elem(),
	reflect.TypeOf((*_errorIsAs)(nil)).Elem(),
	reflect.TypeOf((*_errorUnwrapAs)(nil)).Elem(),
	reflect.TypeOf((*_errorUnwrapIs)(nil)).Elem(),
	reflect.TypeOf((*_errorUnwrapMultiAs)(nil)).Elem(),
	reflect.TypeOf((*_errorUnwrapMultiIs)(nil)).Elem(),
	reflect.TypeOf((*_errorAs)(nil)).Elem(),
	reflect.TypeOf((*_errorIs)(nil)).Elem(),
	reflect.TypeOf((*_errorUnwrap)(nil)).Elem(),
	reflect.TypeOf((*_errorUnwrapMulti)(nil)).Elem(),
}

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// errorsAs replaces errors.As for interpreted code. errors.As panics when the
// target points to a type which does not implement error, which is the case
// of every interpreted error type: its methods are not in its reflect type.
// An interpreted error in the chain is held by a wrapper (a struct whose
// first field IValue holds the value), so errorsAs compares the type of the
// wrapped value with the target's. Other targets go to errors.As.
func errorsAs(err error, target interface{}) bool {
	if t, ok := target.(*ifaceAsTarget); ok { // gonotes patch: rtiface.go
		return err != nil && ifaceAs(err, t)
	}
	if err == nil {
		return false
	}
	if _, ok := target.(notErrorTarget); ok { // gonotes patch (s12): rtiface.go
		panic("errors: *target must be interface or implement error")
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	val := reflect.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflect.Ptr || val.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	targetType := typ.Elem()
	if targetType.Kind() == reflect.Interface { // gonotes patch: Implements below
		return errors.As(err, target)
	}
	if targetType.Implements(errorType) {
		// gonotes patch: the named runtime type of an interpreted type
		// with methods (rtmethods.go) implements error; the chain may
		// hold its values as such, or as wrappers.
		if _, named := namedBacks.Load(targetType); !named || errors.As(err, target) {
			return errors.As(err, target)
		}
	}
	return wrappedAs(err, val, targetType)
}

func wrappedAs(err error, target reflect.Value, targetType reflect.Type) bool {
	for err != nil {
		if v := reflect.ValueOf(err); v.Kind() == reflect.Struct && v.NumField() > 0 && v.Type().Field(0).Name == "IValue" {
			if c := valueInterfaceValue(v.Field(0).Elem()); c.IsValid() && c.Type() == targetType {
				target.Elem().Set(c)
				return true
			} else if c.IsValid() && c.Type() != targetType && namedUnder(targetType) == c.Type() { // gonotes patch: not convertible with other field types (rtstruct.go)
				// gonotes patch: a named runtime type (rtmethods.go).
				target.Elem().Set(reinterpret(c, targetType)) // gonotes patch: rtstruct.go
				return true
			}
		}
		if x, ok := err.(interface{ As(interface{}) bool }); ok && x.As(target.Interface()) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if wrappedAs(e, target, targetType) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// Format implements fmt.Formatter.
func (w _error) Format(s fmt.State, verb rune) { formatError(s, verb, w.IValue, w.WError) }

// formatError formats an error wrapper as fmt formats the wrapped error: the
// result of its Error method for the verbs v (but not %#v), s, x, X and q,
// the value itself for the others. Without it, fmt would format the wrapper
// struct for the other verbs ("%d" of an interpreted `type code int`).
func formatError(s fmt.State, verb rune, v interface{}, msg func() string) {
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		if verb != 'v' || !s.Flag('#') {
			fmt.Fprintf(s, fmt.FormatString(s, verb), msg())
			return
		}
	}
	fmt.Fprintf(s, fmt.FormatString(s, verb), v)
}

// errorsIs replaces errors.Is for interpreted code. A value of an
// interpreted error type without a method table is held by a wrapper,
// which is not comparable (its fields are funcs): errors.Is(err, Code(3))
// never found a Code(3) in the chain. A wrapper is compared by the value it
// holds. (gonotes patch, s10-stringer: a value of a type with a method
// table is a value of its named runtime type, compared as compiled errors
// are.)
func errorsIs(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	tkey, wrapped := wrappedValue(target)
	comparable := reflect.TypeOf(target).Comparable()
	return isChain(err, target, tkey, wrapped, comparable)
}

func isChain(err, target error, tkey interface{}, wrapped, comparable bool) bool {
	for {
		if wrapped {
			if k, ok := wrappedValue(err); ok && reflect.TypeOf(k) == reflect.TypeOf(tkey) && k == tkey {
				return true
			}
		} else if comparable && reflect.TypeOf(err).Comparable() && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			if err = x.Unwrap(); err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && isChain(e, target, tkey, wrapped, comparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// wrappedValue returns the value held by the interface wrapper err, if it
// is one and the value is comparable.
func wrappedValue(err error) (interface{}, bool) {
	v := reflect.ValueOf(err)
	if v.Kind() != reflect.Struct || v.NumField() == 0 || v.Type().Field(0).Name != "IValue" {
		return nil, false
	}
	iv := v.Field(0)
	if !iv.CanInterface() || iv.IsNil() {
		return nil, false
	}
	x := valueInterfaceValue(iv.Elem())
	if !x.IsValid() || !x.Type().Comparable() || !x.CanInterface() {
		return nil, false
	}
	return x.Interface(), true
}
