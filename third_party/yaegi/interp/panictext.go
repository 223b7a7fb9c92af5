package interp

// gonotes patch (whole file): the text of a panic whose value has an
// interpreted type, as Go's runtime prints it. See PATCHES.md, "Panic values
// of interpreted types".

import (
	"fmt"
	"math"
	"path"
	"reflect"
	"strconv"
	"sync"
)

// panicTexts keeps the last values panicked by interpreted code whose text
// depends on their interpreted type: the runtime value of an interpreted
// type has neither its methods nor its name (myInt(5) is an int 5).
type panicTexts struct {
	mu   sync.Mutex
	last [8]panicText
	next int
}

type panicText struct {
	value any
	text  func() string
}

func (p *panicTexts) add(v any, text func() string) {
	p.mu.Lock()
	p.last[p.next] = panicText{v, text}
	p.next = (p.next + 1) % len(p.last)
	p.mu.Unlock()
}

// PanicText returns the text Go prints for the panic value v ("panic: "
// followed by it) if v was panicked by interpreted code with an interpreted
// type that gives it a text of its own: the result of its Error or String
// method, or the form T(v) of a named basic type ("main.myInt(5)"). It
// returns false otherwise (print v as usual). The value is looked up among
// the last ones panicked, the most recent first.
func (interp *Interpreter) PanicText(v any) (string, bool) {
	if v == nil || !reflect.TypeOf(v).Comparable() {
		return "", false
	}
	p := &interp.panics
	p.mu.Lock()
	var text func() string
	for i := 1; i <= len(p.last); i++ {
		r := p.last[(p.next-i+len(p.last))%len(p.last)]
		if r.text != nil && reflect.TypeOf(r.value) == reflect.TypeOf(v) && r.value == v {
			text = r.text
			break
		}
	}
	p.mu.Unlock()
	if text == nil {
		return "", false
	}
	return text(), true
}

var stringerType = reflect.TypeOf((*fmt.Stringer)(nil)).Elem() // errorType: errwrap.go

// genPanicText returns, for the argument n of a call to panic, a function
// that records the text of the value being panicked (see PanicText), or nil
// if its type is not an interpreted one with a text of its own. (A value
// of an interpreted error type is panicked as an error, see _panic.)
func genPanicText(n *node) func(f *frame, v any) {
	t := n.typ
	if t == nil || t.cat == valueT || t.cat == interfaceT || t.cat == nilT {
		return nil
	}
	if meth, _ := t.lookupMethod("Error"); meth != nil {
		// _panic panics with an error wrapper if the method is in the
		// method set; a value whose Error method has a pointer receiver
		// is no error (nor a Stringer): Go prints it as a plain value.
		return nil
	}
	for _, m := range []struct {
		name string
		typ  reflect.Type
	}{{"String", stringerType}} {
		meth, _ := t.lookupMethod(m.name)
		if meth == nil {
			continue
		}
		if t.cat != ptrT && ptrReceiver(meth) {
			return nil // not in the method set of the value
		}
		if getWrapper(n, m.typ) == nil {
			continue
		}
		wrap := genInterfaceWrapper(n, m.typ)
		call := m.name
		return func(f *frame, v any) {
			w := wrap(f)
			n.interp.panics.add(v, func() string {
				switch x := w.Interface().(type) {
				case error:
					if call == "Error" {
						return x.Error()
					}
				case fmt.Stringer:
					return x.String()
				}
				return fmt.Sprint(v)
			})
		}
	}
	if t.name == "" || t.path == "" {
		return nil
	}
	name := path.Base(t.path) + "." + t.name
	return func(_ *frame, v any) {
		if s, ok := basicPanicText(name, v); ok {
			n.interp.panics.add(v, func() string { return s })
		}
	}
}

// basicPanicText returns the text Go's runtime prints for a panic value of
// the named type name whose underlying type is basic: main.myInt(5),
// main.S("x"), main.F(1.5), main.C(1+2i).
func basicPanicText(name string, v any) (string, bool) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return name + "(" + strconv.FormatInt(rv.Int(), 10) + ")", true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return name + "(" + strconv.FormatUint(rv.Uint(), 10) + ")", true
	case reflect.Bool:
		return name + "(" + strconv.FormatBool(rv.Bool()) + ")", true
	case reflect.String:
		return name + `("` + rv.String() + `")`, true
	case reflect.Float32, reflect.Float64:
		return name + "(" + panicFloat(rv.Float(), rv.Type().Bits()) + ")", true
	case reflect.Complex64, reflect.Complex128:
		c, bits := rv.Complex(), rv.Type().Bits()/2
		im := panicFloat(imag(c), bits)
		if im[0] != '+' && im[0] != '-' {
			im = "+" + im
		}
		return name + "(" + panicFloat(real(c), bits) + im + "i)", true
	}
	return "", false
}

// panicFloat formats x (of bits bits) as Go prints it in a panic
// message: the shortest form, +Inf for the positive infinity.
func panicFloat(x float64, bits int) string {
	if math.IsInf(x, 1) {
		return "+Inf"
	}
	return strconv.FormatFloat(x, 'g', -1, bits)
}
