//go:build go1.26

// gonotes patch: this file.

package stdlib

import (
	"fmt"
	"io"
	"reflect"
)

// The wrappers of fmt.Stringer and fmt.GoStringer hold values of interpreted
// types, whose methods fmt cannot see. fmt calls String (or GoString) only
// for some verbs and formats the value itself for the others ("%d" of an
// interpreted `type Color int` with a String method is the number), but it
// would format the wrapper struct. Both wrappers implement fmt.Formatter,
// which does what fmt does with the wrapped value and its method.

// Format implements fmt.Formatter.
func (w _fmt_Stringer) Format(s fmt.State, verb rune) {
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		if verb != 'v' || !s.Flag('#') {
			fmt.Fprintf(s, fmt.FormatString(s, verb), w.WString())
			return
		}
	}
	fmt.Fprintf(s, fmt.FormatString(s, verb), w.IValue)
}

// Format implements fmt.Formatter.
func (w _fmt_GoStringer) Format(s fmt.State, verb rune) {
	if verb == 'v' && s.Flag('#') {
		io.WriteString(s, w.WGoString())
		return
	}
	fmt.Fprintf(s, fmt.FormatString(s, verb), w.IValue)
}

// _fmt_StringerGoStringer is the wrapper of fmt.Stringer for an interpreted
// type which also has a GoString method: fmt calls GoString for %#v, which
// the wrapper of fmt.Stringer alone formats as the wrapped value (a
// `type Secret string` with both methods printed "pw", not Secret("***")).
// It is found by the interpreter's getWrapper as a composed wrapper of
// fmt.Stringer (see the MapTypes entry in init).
type _fmt_StringerGoStringer struct {
	IValue    interface{}
	WString   func() string
	WGoString func() string
}

// String implements fmt.Stringer.
func (w _fmt_StringerGoStringer) String() string { return w.WString() }

// GoString implements fmt.GoStringer.
func (w _fmt_StringerGoStringer) GoString() string { return w.WGoString() }

// Format implements fmt.Formatter.
func (w _fmt_StringerGoStringer) Format(s fmt.State, verb rune) {
	if verb == 'v' && s.Flag('#') {
		io.WriteString(s, w.WGoString())
		return
	}
	_fmt_Stringer{IValue: w.IValue, WString: w.WString}.Format(s, verb)
}

// _fmt_StringerError is the wrapper of fmt.Stringer for an interpreted type
// which is also an error: fmt calls Error before String, and the value held
// by the fmt.Stringer is an error too (gonotes patch, s10-stringer). A value
// of a type with a method table is given as its named runtime value
// instead (interp's namedForIface); this wrapper is for the others (a func
// type, or no method tables on this platform).
type _fmt_StringerError struct {
	IValue  interface{}
	WError  func() string
	WString func() string
}

// Error implements error.
func (w _fmt_StringerError) Error() string { return w.WError() }

// String implements fmt.Stringer.
func (w _fmt_StringerError) String() string { return w.WString() }

// Format implements fmt.Formatter: as fmt formats an error.
func (w _fmt_StringerError) Format(s fmt.State, verb rune) {
	_fmt_Stringer{IValue: w.IValue, WString: w.WError}.Format(s, verb)
}

// _fmt_StringerErrorGoStringer is _fmt_StringerError for a type which also
// has a GoString method, which fmt calls for %#v.
type _fmt_StringerErrorGoStringer struct {
	IValue    interface{}
	WError    func() string
	WGoString func() string
	WString   func() string
}

// Error implements error.
func (w _fmt_StringerErrorGoStringer) Error() string { return w.WError() }

// GoString implements fmt.GoStringer.
func (w _fmt_StringerErrorGoStringer) GoString() string { return w.WGoString() }

// String implements fmt.Stringer.
func (w _fmt_StringerErrorGoStringer) String() string { return w.WString() }

// Format implements fmt.Formatter.
func (w _fmt_StringerErrorGoStringer) Format(s fmt.State, verb rune) {
	if verb == 'v' && s.Flag('#') {
		io.WriteString(s, w.WGoString())
		return
	}
	_fmt_Stringer{IValue: w.IValue, WString: w.WError}.Format(s, verb)
}

func init() {
	// Composed wrappers of fmt.Stringer, most methods first (interp's getWrapper).
	MapTypes[reflect.ValueOf((*_fmt_Stringer)(nil))] = []reflect.Type{
		reflect.TypeOf((*_fmt_StringerErrorGoStringer)(nil)).Elem(),
		reflect.TypeOf((*_fmt_StringerError)(nil)).Elem(),
		reflect.TypeOf((*_fmt_StringerGoStringer)(nil)).Elem(),
	}
}
