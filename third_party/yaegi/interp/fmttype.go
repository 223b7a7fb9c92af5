// gonotes patch: this file.

package interp

import (
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
)

// fmt prints %T from the reflect type of an argument, which for a value of
// an interpreted type is its underlying type: `type Celsius float64` printed
// float64, `type point struct{x, y int}` printed struct { x int; y int }.
// For the printf-like functions with mapTypes (fmt.Printf, Sprintf, Fprintf,
// Errorf, log.Printf...), typeVerbs gives the interpreted names of the
// arguments, and fixTypeVerbs replaces each %T of such an argument by %s of
// its name. Only formats without argument indexes and '*' are rewritten.

// typeNames returns, for the arguments args of a printf-like call, funcs
// giving the name of their type when it differs from the reflect name, or
// nil if no argument can need it.
func typeNames(args []*node) ([]func(*frame) string, []*strings.Replacer, []func(*frame) reflect.Value) {
	var names []func(*frame) string
	var sharp []*strings.Replacer
	var sharpVals []func(*frame) reflect.Value // gonotes patch: rtstruct.go
	for i, c := range args {
		if r := structNames(c.typ); r != nil {
			if sharp == nil {
				sharp = make([]*strings.Replacer, len(args))
			}
			sharp[i] = r
		}
		if nameable(c.typ) == 2 || structNames(c.typ) != nil || c.typ.cat == structT { // gonotes patch: rtstruct.go
			if sv := sharpNamed(c); sv != nil {
				if sharpVals == nil {
					sharpVals = make([]func(*frame) reflect.Value, len(args))
				}
				sharpVals[i] = sv
			}
		}
	}
	for i, c := range args {
		var name func(*frame) string
		switch {
		case isInterfaceSrc(c.typ) || c.typ.cat == errorT || c.typ.cat == valueT && c.typ.rtype != nil && c.typ.rtype.Kind() == reflect.Interface:
			value := genValue(c)
			interp := c.interp
			name = func(f *frame) string {
				v := value(f)
				if !v.IsValid() || !v.CanInterface() {
					return ""
				}
				if vi, ok := v.Interface().(valueInterface); ok && vi.node != nil && vi.node.typ != nil && vi.value.IsValid() {
					if t := vi.node.typ; nameable(t) == 2 {
						if s := itypeString(t); s != vi.value.Type().String() {
							return s
						}
					}
				}
				// gonotes patch: an interface wrapper (an error) of a
				// value of an interpreted type.
				if interp != nil {
					return interp.wrappedName(v)
				}
				return ""
			}
		case embedsBinType(c.typ):
			// gonotes patch (s17-embedcompiled): a value of an unnamed
			// struct type embedding a compiled type whose methods fmt
			// calls (struct{ time.Time; N int }: String) is given to fmt
			// as an interface wrapper, whose type %T printed
			// (stdlib._fmt_StringerGoStringer).
			var rt reflect.Type
			if c.interp != nil {
				rt = c.interp.crossRType(c.typ)
			}
			if rt == nil {
				rt = c.typ.TypeOf()
			}
			if rt == nil {
				continue
			}
			s := rt.String()
			name = func(*frame) string { return s }
		case c.typ.cat == valueT && c.typ.val != nil && c.typ.val.cat == funcT && c.typ.rtype != nil && c.typ.rtype.Kind() == reflect.Func && nameable(c.typ.val) == 2:
			// gonotes patch (s19-misc19): a func read from a struct field
			// is a value of its reflect type (wrapperValueTOf) whose val
			// is its func type: func(main.Shape) main.Shape, not
			// func(interp.valueInterface) interp.valueInterface.
			s := itypeString(c.typ.val)
			if s == c.typ.rtype.String() {
				continue
			}
			name = func(*frame) string { return s }
		case nameable(c.typ) == 2:
			s := itypeString(c.typ)
			if rt := c.typ.TypeOf(); rt == nil || s == rt.String() {
				continue
			}
			name = func(*frame) string { return s }
		default:
			continue
		}
		if names == nil {
			names = make([]func(*frame) string, len(args))
		}
		names[i] = name
	}
	return names, sharp, sharpVals // gonotes patch: sharpVals
}

// fixTypeVerbs rewrites the format in[fi] and the arguments in[fi+1:] of a
// printf-like call for the %T verbs of arguments with names.
func fixTypeVerbs(f *frame, in []reflect.Value, fi int, names []func(*frame) string, sharp []*strings.Replacer, sharpVals []func(*frame) reflect.Value) { // gonotes patch: sharpVals
	format := in[fi].String()
	if !strings.ContainsAny(format, "T#") || strings.ContainsAny(format, "[*") {
		return
	}
	var b []byte
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.", format[j]) >= 0 {
			j++
		}
		if j >= len(format) {
			break
		}
		if format[j] == '%' && j == i+1 {
			i = j
			continue
		}
		if format[j] == 'v' && arg < len(sharpVals) && sharpVals[arg] != nil && fi+1+arg < len(in) && strings.IndexByte(format[i:j], '#') >= 0 {
			// gonotes patch: the value of its runtime type (rtstruct.go).
			if nv := sharpVals[arg](f); nv.IsValid() {
				in[fi+1+arg] = nv
				arg++
				i = j
				continue
			}
		}
		if format[j] == 'v' && arg < len(names) && names[arg] != nil && fi+1+arg < len(in) &&
			strings.IndexByte(format[i:j], '#') >= 0 && in[fi+1+arg].IsValid() && in[fi+1+arg].CanInterface() {
			// gonotes patch: %#v of a value whose type is made of
			// interpreted types starts with the name of its reflect type
			// ([]int{1}, []interface {}{...} for elements fmt gets
			// converted): the interpreted type's is written instead.
			if s := names[arg](f); s != "" {
				v := in[fi+1+arg]
				for v.Kind() == reflect.Interface && !v.IsNil() {
					v = v.Elem()
				}
				if v.IsValid() && v.CanInterface() && v.Type().String() != s {
					in[fi+1+arg] = reflect.ValueOf(prefixV{v.Interface(), v.Type().String() + "{", s + "{"})
				}
			}
		}
		if format[j] == 'v' && arg < len(sharp) && sharp[arg] != nil && fi+1+arg < len(in) &&
			strings.IndexByte(format[i:j], '#') >= 0 && in[fi+1+arg].CanInterface() {
			in[fi+1+arg] = reflect.ValueOf(sharpV{in[fi+1+arg].Interface(), sharp[arg]})
		}
		if format[j] == 'T' && arg < len(names) && names[arg] != nil && fi+1+arg < len(in) {
			if s := names[arg](f); s != "" {
				if b == nil {
					b = []byte(format)
				}
				b[j] = 's'
				in[fi+1+arg] = reflect.ValueOf(s)
			}
		}
		arg++
		i = j
	}
	if b != nil {
		in[fi] = reflect.ValueOf(string(b))
	}
}

// nameable returns 2 if t is a defined type of interpreted code, or a
// pointer, slice, array or map made of such types and of basic types, 1 for
// a basic type, 0 otherwise: itypeString names these as fmt names
// compiled types (not func or struct types, for example).
func nameable(t *itype) int {
	if t == nil || t.untyped {
		return 0
	}
	if t.path != "" && plainName(t.name) && t.cat != valueT {
		return 2
	}
	switch t.cat {
	case ptrT, sliceT, arrayT:
		return nameable(t.val)
	case mapT:
		k, v := nameable(t.key), nameable(t.val)
		if k == 0 || v == 0 {
			return 0
		}
		return max(k, v)
	case funcT:
		// gonotes patch (types3): a func type made of such types.
		r := 1
		for _, ts := range [][]*itype{t.arg, t.ret} {
			for _, a := range ts {
				k := nameable(a)
				if k == 0 {
					return 0
				}
				r = max(r, k)
			}
		}
		return r
	case chanT, chanSendT, chanRecvT, variadicT:
		return nameable(t.val)
	case valueT, errorT:
		if t.rtype != nil && t.rtype.Kind() != reflect.Func {
			return 1
		}
	case boolT, intT, int8T, int16T, int32T, int64T, uintT, uint8T, uint16T, uint32T, uint64T, uintptrT,
		float32T, float64T, complex64T, complex128T, stringT:
		if t.name == "" || t.path == "" {
			return 1
		}
	}
	return 0
}

// plainName reports whether name is the name of a defined type of
// interpreted code: an identifier, or an instance of a generic type
// (Stack[string], Pair[main.Key,int]), not a qualified name.
func plainName(name string) bool {
	if name == "" {
		return false
	}
	if i := strings.IndexByte(name, '['); i >= 0 {
		name = name[:i]
	}
	return !strings.Contains(name, ".")
}

// sharpV formats %#v of a value whose type has interpreted struct types:
// their reflect names (struct { x int; y int }) are replaced by theirs
// (main.point).
type sharpV struct {
	v interface{}
	r *strings.Replacer
}

// Format implements fmt.Formatter.
func (s sharpV) Format(st fmt.State, verb rune) {
	io.WriteString(st, s.r.Replace(fmt.Sprintf(fmt.FormatString(st, verb), s.v)))
}

// prefixV formats %#v of a value v whose output starts with from as to
// followed by the rest. (gonotes patch)
type prefixV struct {
	v        interface{}
	from, to string
}

// Format implements fmt.Formatter.
func (p prefixV) Format(st fmt.State, verb rune) {
	s := fmt.Sprintf(fmt.FormatString(st, verb), p.v)
	if strings.HasPrefix(s, p.from) {
		s = p.to + s[len(p.from):]
	}
	io.WriteString(st, s)
}

// structNames returns a replacer of the reflect names of the interpreted
// defined struct types in t (its elements, fields...) by their names, or nil.
func structNames(t *itype) *strings.Replacer {
	args := structNamesList(t)
	if args == nil {
		return nil
	}
	return strings.NewReplacer(args...)
}

// structNamesList returns the arguments of structNames' replacer, or nil.
func structNamesList(t *itype) []string {
	var pairs [][2]string
	seen := map[*itype]bool{}
	var walk func(t *itype)
	walk = func(t *itype) {
		if t == nil || seen[t] || t.cat == valueT || isInterfaceSrc(t) {
			return
		}
		seen[t] = true
		switch t.cat {
		case ptrT, sliceT, arrayT, variadicT:
			walk(t.val)
		case mapT:
			walk(t.key)
			walk(t.val)
		case structT:
			for _, fl := range t.field {
				walk(fl.typ)
			}
			if t.path != "" && plainName(t.name) {
				if rt := t.TypeOf(); rt != nil && rt.Name() == "" {
					pairs = append(pairs, [2]string{rt.String(), itypeString(t)})
				}
			}
		}
	}
	walk(t)
	if len(pairs) == 0 {
		return nil
	}
	// Longest first: an outer struct's name contains its fields'.
	sort.SliceStable(pairs, func(i, j int) bool { return len(pairs[i][0]) > len(pairs[j][0]) })
	var args []string
	for _, p := range pairs {
		args = append(args, p[0], p[1])
	}
	return args
}

// noteWrapped records the name of the interpreted type t, whose values are
// put in interface wrappers, for wrappedName. (gonotes patch)
func (interp *Interpreter) noteWrapped(t *itype) {
	interp.noteWrappedType(t) // gonotes patch: rtiface.go
	if interp == nil || t == nil || nameable(t) != 2 {
		return
	}
	rt := t.TypeOf()
	if rt == nil {
		return
	}
	s := itypeString(t)
	interp.wrapNamesMu.Lock()
	defer interp.wrapNamesMu.Unlock()
	if interp.wrapNames == nil {
		interp.wrapNames = map[reflect.Type]string{}
	}
	if old, ok := interp.wrapNames[rt]; ok && old != s {
		s = "" // two types with one reflect type: unknown
	}
	interp.wrapNames[rt] = s
}

// wrappedName returns the name of the interpreted type of the value held by
// the interface wrapper in v (an interface holding it), if only one type
// with its reflect type was wrapped, or "". (gonotes patch)
func (interp *Interpreter) wrappedName(v reflect.Value) string {
	for v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct || v.NumField() == 0 || v.Type().Field(0).Name != "IValue" {
		return ""
	}
	iv := v.Field(0)
	if iv.IsNil() {
		return ""
	}
	rt := valueInterfaceValue(iv.Elem()).Type()
	interp.wrapNamesMu.Lock()
	s := interp.wrapNames[rt]
	interp.wrapNamesMu.Unlock()
	if s == rt.String() {
		return ""
	}
	return s
}

// embedsBinType reports whether t is an unnamed struct type with an
// embedded field of a compiled type (whose promoted methods may make fmt
// get its values in an interface wrapper). gonotes patch (s17-embedcompiled).
func embedsBinType(t *itype) bool {
	if t == nil || t.cat != structT || t.name != "" || t.incomplete {
		return false
	}
	for _, f := range t.field {
		if f.embed && f.typ != nil && (f.typ.cat == valueT || f.typ.cat == ptrT && f.typ.val != nil && f.typ.val.cat == valueT) {
			return true
		}
	}
	return false
}

// embedsBinMethods reports whether t is an unnamed struct type with an
// embedded field of a compiled type that has methods (promoted to t, and
// not in t's runtime type). gonotes patch (s17-embedcompiled).
func embedsBinMethods(t *itype) bool {
	if !embedsBinType(t) {
		return false
	}
	for _, f := range t.field {
		if !f.embed || f.typ == nil {
			continue
		}
		if rt := f.typ.TypeOf(); rt != nil && (f.typ.cat == valueT || f.typ.cat == ptrT) && (rt.NumMethod() > 0 || rt.Kind() != reflect.Ptr && reflect.PointerTo(rt).NumMethod() > 0) {
			return true
		}
	}
	return false
}
