//go:build go1.26

// gonotes patch: this file.

package stdlib

import (
	"fmt"
	"io"
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
