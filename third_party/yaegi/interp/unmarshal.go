// gonotes patch: this file.

package interp

import (
	"bytes"
	"encoding"
	"encoding/json"
	"encoding/xml"
	"reflect"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// A decoder (json.Unmarshal, xml.Unmarshal) looks for the Unmarshaler
// methods of the values it fills in their reflect types, where the methods
// of interpreted types are missing: a struct field of an interpreted type
// with UnmarshalJSON was decoded as its underlying type ("cannot unmarshal
// string into Go struct field .lvl of type int"). For the functions with
// mapTypes of Unmarshal methods, callBin gives the decoder a view of a
// pointer to a struct: a new struct whose fields with such a method hold,
// in an interface{}, a pointer to the wrapper of that method on the
// original field, and whose other fields hold copies of the original ones
// (nested structs with such fields are views too); after the call, these
// are copied back. The struct name of a json.UnmarshalTypeError (empty for
// an interpreted struct, whose reflect type has no name) is set from the
// interpreted types.

// unmarshalConvert returns a converter of a pointer of type t (the
// argument of a decoder) to its view and a func copying the view back, or
// nil if t has no field with a method of getMapType.
func unmarshalConvert(interp *Interpreter, t *itype, getMapType func(*itype) reflect.Type) func(*frame, reflect.Value) (reflect.Value, func() error) {
	if t == nil || t.cat != ptrT || t.val == nil {
		return nil
	}
	if t.val.cat != structT {
		// A pointer to a slice, a map or a pointer whose elements have an
		// Unmarshal method: a view of proxies (unmarshalValue).
		vc := unmarshalValue(interp, t.val, getMapType, map[*itype]bool{})
		if vc == nil {
			return nil
		}
		return func(f *frame, v reflect.Value) (reflect.Value, func() error) {
			if v.Kind() != reflect.Ptr || v.IsNil() {
				return v, nil
			}
			p := reflect.New(vc.rt)
			p.Elem().Set(vc.to(f, v.Elem()))
			return p, func() error { return withoutJSONContext(vc.back(f, p.Elem(), v.Elem())) }
		}
	}
	sc := unmarshalStruct(interp, t.val, getMapType, map[*itype]bool{})
	if sc == nil {
		return nil
	}
	return func(f *frame, v reflect.Value) (reflect.Value, func() error) {
		if v.Kind() != reflect.Ptr || v.IsNil() {
			return v, nil
		}
		view, back := sc(f, v.Elem())
		p := reflect.New(view.Type())
		p.Elem().Set(view)
		return p, func() error { return withoutJSONContext(back(p.Elem())) }
	}
}

// unmarshalStruct returns a converter of an addressable struct value of
// type t to its view and a func copying a view back to it, or nil.
func unmarshalStruct(interp *Interpreter, t *itype, getMapType func(*itype) reflect.Type, seen map[*itype]bool) func(*frame, reflect.Value) (reflect.Value, func(reflect.Value) error) {
	if seen[t] {
		return nil
	}
	seen[t] = true
	defer delete(seen, t)
	type fieldConv struct {
		wrap   *node        // a node of the pointer type, for the wrapper of its method
		rt     reflect.Type // the interface of the method
		nested func(*frame, reflect.Value) (reflect.Value, func(reflect.Value) error)
		value  *valueConv // a pointer, slice or map with such elements
		iface  bool       // s8 jsongen: an interpreted interface holding a pointer (jsonfix.go)
		embed  []int      // s14: the embedded compiled field whose method is promoted (promotedBinPath)
	}
	convs := make([]fieldConv, len(t.field))
	some := false
	for i, fl := range t.field {
		if canExport(fl.name) && isInterfaceSrc(fl.typ) && fl.typ.TypeOf() == valueInterfaceType { // s8 jsongen
			convs[i] = fieldConv{iface: true}
			some = true
			continue
		}
		if !canExport(fl.name) || fl.typ == nil || fl.typ.cat == valueT || isInterfaceSrc(fl.typ) {
			continue
		}
		if k := fl.typ.cat; k == ptrT || k == sliceT || k == mapT || k == arrayT {
			if vc := unmarshalValue(interp, fl.typ, getMapType, seen); vc != nil {
				convs[i] = fieldConv{value: vc}
				some = true
			}
			continue
		}
		pt := ptrOf(fl.typ)
		if rt := getMapType(pt); rt != nil {
			if m, _ := pt.lookupMethod(rt.Method(0).Name); m != nil {
				convs[i] = fieldConv{wrap: &node{interp: interp, typ: pt}, rt: rt}
				some = true
				continue
			}
			if path := promotedBinPath(fl.typ, rt); path != nil { // gonotes patch (s14-public9b)
				convs[i] = fieldConv{embed: path}
				some = true
				continue
			}
		}
		if fl.typ.cat == structT {
			if nc := unmarshalStruct(interp, fl.typ, getMapType, seen); nc != nil {
				convs[i] = fieldConv{nested: nc}
				some = true
			}
		}
	}
	if !some {
		return nil
	}
	return func(f *frame, v reflect.Value) (reflect.Value, func(reflect.Value) error) {
		if v.NumField() != len(convs) || !v.CanAddr() {
			return v, func(reflect.Value) error { return nil }
		}
		fields := make([]reflect.StructField, v.NumField())
		vals := make([]reflect.Value, v.NumField())
		backs := make([]func(reflect.Value) error, v.NumField())
		for i := range fields {
			sf := v.Type().Field(i)
			fields[i] = reflect.StructField{Name: sf.Name, PkgPath: sf.PkgPath, Type: sf.Type, Tag: sf.Tag, Anonymous: sf.Anonymous}
			fv := unsafe2.Exported(v.Field(i))
			switch c := convs[i]; {
			case c.iface: // s8 jsongen
				if p, ok := viPointer(fv); ok {
					fields[i].Type = emptyInterfaceType
					fields[i].Anonymous = false
					vals[i] = p
					backs[i] = func(nv reflect.Value) error {
						if nv.IsNil() {
							fv.Set(reflect.Zero(fv.Type())) // a JSON null: a nil interface
						}
						return nil
					}
					continue
				}
				vals[i] = fv
			case c.embed != nil:
				// gonotes patch (s14-public9b): the decoder fills the
				// embedded compiled field with its method, in place.
				ev := fv
				for _, j := range c.embed {
					ev = unsafe2.Exported(ev.Field(j))
				}
				fields[i].Type = emptyInterfaceType
				fields[i].Anonymous = false
				vals[i] = ev.Addr()
			case c.wrap != nil:
				w := wrapValue(f, c.wrap, fv.Addr(), c.rt)
				if !w.IsValid() {
					vals[i] = fv
					continue
				}
				pw := reflect.New(w.Type())
				pw.Elem().Set(w)
				fields[i].Type = emptyInterfaceType
				fields[i].Anonymous = false
				vals[i] = pw
			case c.nested != nil:
				view, back := c.nested(f, fv)
				fields[i].Type = view.Type()
				vals[i] = view
				backs[i] = back
			case c.value != nil:
				fields[i].Type = c.value.rt
				fields[i].Anonymous = false
				vals[i] = c.value.to(f, fv)
				fv := fv
				backs[i] = func(nv reflect.Value) error { return c.value.back(f, nv, fv) }
			default:
				vals[i] = fv
			}
		}
		out := reflect.New(rtStructOf(fields)).Elem() // gonotes patch (s17-embedcompiled): embedded fields of types with methods
		for i, fv := range vals {
			unsafe2.Exported(out.Field(i)).Set(fv)
		}
		return out, func(view reflect.Value) error {
			var first error
			for i := range convs {
				switch {
				case convs[i].wrap != nil && fields[i].Type == emptyInterfaceType, convs[i].embed != nil:
					// Decoded by the method, in place.
				case backs[i] != nil:
					if err := backs[i](unsafe2.Exported(view.Field(i))); err != nil {
						first = firstDecodeError(first, withJSONContext(err, t, &t.field[i])) // gonotes patch (s14-misc2; s20-public20: firstDecodeError)
					}
				default:
					unsafe2.Exported(v.Field(i)).Set(unsafe2.Exported(view.Field(i)))
				}
			}
			return first
		}
	}
}

// promotedBinPath returns the indexes of the embedded fields leading from
// the struct type t to the embedded compiled field whose method of the
// interface rt (json.Unmarshaler, encoding.TextUnmarshaler) is promoted
// into the method set of *t (type Stamp struct{ time.Time; Note string }
// has (*time.Time).UnmarshalJSON), through embedded values only; or nil.
// A decoder calls that method on that field, which Go's promoted method
// does. gonotes patch (s14-public9b).
func promotedBinPath(t *itype, rt reflect.Type) []int {
	if t == nil || t.cat != structT || len(t.method) > 0 || rt.Kind() != reflect.Interface || rt.NumMethod() != 1 {
		return nil
	}
	ms, ok := promotedMethods(t)
	if !ok {
		return nil
	}
	name := rt.Method(0).Name
	for _, m := range ms {
		if m.name != name || !m.binRcv || len(m.path) == 0 {
			continue
		}
		for _, p := range m.ptrs {
			if p {
				return nil
			}
		}
		return m.path
	}
	return nil
}

// A decoder fills the elements of a slice or a map, and the target of a
// pointer, with values it makes itself, of the element's reflect type: an
// interpreted method cannot be given to it in place as for a struct field.
// For such a value, the decoder gets a view in which each value of a type
// with an UnmarshalJSON or UnmarshalText method (the methods with a []byte
// that a proxy can keep) is a proxy, a compiled type whose method keeps
// its input; after the call, the view is copied back, and the interpreted
// method is called on each value with the kept input, in order (a method's
// error is the decoder's error if it had none). A JSON null sets a pointer,
// a slice or a map to nil, as the decoder does.

// proxySeq numbers the proxies the decoders set, in the order they set
// them (the order of the input), so that the entries of a map are copied
// back in that order: a method's error stops the copy where the decoder
// would have stopped (a map has no order of its own). gonotes patch
// (s14-misc2).
var proxySeq atomic.Int64

// viewSeq returns the least Seq of the proxies in the view v, or -1 if it
// holds none that a decoder set.
func viewSeq(v reflect.Value) int64 {
	switch v.Kind() {
	case reflect.Ptr, reflect.Interface:
		if v.IsNil() {
			return -1
		}
		return viewSeq(v.Elem())
	case reflect.Struct:
		if t := v.Type(); t == proxyJSONType || t == proxyTextType {
			if !v.Field(1).Bool() {
				return -1
			}
			return v.Field(2).Int()
		}
		least := int64(-1)
		for i := 0; i < v.NumField(); i++ {
			least = leastSeq(least, viewSeq(v.Field(i)))
		}
		return least
	case reflect.Slice, reflect.Array:
		least := int64(-1)
		for i := 0; i < v.Len(); i++ {
			least = leastSeq(least, viewSeq(v.Index(i)))
		}
		return least
	case reflect.Map:
		least := int64(-1)
		for it := v.MapRange(); it.Next(); {
			least = leastSeq(leastSeq(least, viewSeq(it.Key())), viewSeq(it.Value()))
		}
		return least
	}
	return -1
}

// leastSeq returns the lesser of two sequence numbers, -1 meaning none.
func leastSeq(a, b int64) int64 {
	if a < 0 || (b >= 0 && b < a) {
		return b
	}
	return a
}

// unmarshalProxyJSON is the proxy of a type with UnmarshalJSON.
type unmarshalProxyJSON struct {
	Raw string
	Set bool
	Seq int64 // gonotes patch (s14-misc2): when the decoder set it (proxySeq)
}

// UnmarshalJSON implements json.Unmarshaler.
func (p *unmarshalProxyJSON) UnmarshalJSON(b []byte) error {
	p.Raw, p.Set, p.Seq = string(b), true, proxySeq.Add(1)
	return nil
}

// unmarshalProxyText is the proxy of a type with UnmarshalText (also a
// map key: it is comparable).
type unmarshalProxyText struct {
	Raw string
	Set bool
	Seq int64 // gonotes patch (s14-misc2): when the decoder set it (proxySeq)
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *unmarshalProxyText) UnmarshalText(b []byte) error {
	p.Raw, p.Set, p.Seq = string(b), true, proxySeq.Add(1)
	return nil
}

// unmarshalProxyXML is the proxy of a type with UnmarshalXML: it keeps
// the element as XML text, decoded again by the method.
type unmarshalProxyXML struct {
	Raw string
	Set bool
}

// UnmarshalXML implements xml.Unmarshaler.
func (p *unmarshalProxyXML) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	var buf bytes.Buffer
	enc := xml.NewEncoder(&buf)
	if err := enc.EncodeToken(start); err != nil {
		return err
	}
	for depth := 1; depth > 0; {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
		if err := enc.EncodeToken(xml.CopyToken(tok)); err != nil {
			return err
		}
	}
	if err := enc.Flush(); err != nil {
		return err
	}
	p.Raw, p.Set = buf.String(), true
	return nil
}

// unmarshalProxyXMLAttr is the proxy of a type with UnmarshalXMLAttr: it
// keeps the attribute. gonotes patch (s16-public11b).
type unmarshalProxyXMLAttr struct {
	Raw  string
	Set  bool
	Name xml.Name
}

// UnmarshalXMLAttr implements xml.UnmarshalerAttr.
func (p *unmarshalProxyXMLAttr) UnmarshalXMLAttr(attr xml.Attr) error {
	p.Raw, p.Set, p.Name = attr.Value, true, attr.Name
	return nil
}

var (
	proxyXMLAttrType     = reflect.TypeOf(unmarshalProxyXMLAttr{}) // gonotes patch (s16-public11b)
	proxyXMLType         = reflect.TypeOf(unmarshalProxyXML{})
	proxyJSONType        = reflect.TypeOf(unmarshalProxyJSON{})
	proxyTextType        = reflect.TypeOf(unmarshalProxyText{})
	textUnmarshalerRType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
)

// valueConv converts a value of an interpreted type to the view given to a
// decoder (of type rt), and copies a view back to a settable value.
type valueConv struct {
	rt   reflect.Type
	to   func(f *frame, orig reflect.Value) reflect.Value
	back func(f *frame, view, orig reflect.Value) error
}

// unmarshalValue returns the conversion of values of type t, or nil if
// they need none.
func unmarshalValue(interp *Interpreter, t *itype, getMapType func(*itype) reflect.Type, seen map[*itype]bool) *valueConv {
	if t != nil && seen[t] && !seen[nil] && t.cat == structT && (decodesJSON(getMapType) || decodesXML(getMapType)) {
		// gonotes patch (s14-public9a): a struct met again inside itself,
		// when it has a value to convert (seen[nil]: the probe, in which
		// such a struct converts nothing).
		if unmarshalValue(interp, t, getMapType, map[*itype]bool{nil: true}) != nil {
			return unmarshalRecursive(interp, t, getMapType)
		}
		return nil
	}
	if t == nil || seen[t] || isInterfaceSrc(t) || t.cat == valueT {
		return nil
	}
	seen[t] = true
	defer delete(seen, t)
	if t.cat != ptrT {
		if rt := getMapType(ptrOf(t)); rt != nil && rt.NumMethod() == 1 {
			if pc := unmarshalProxy(interp, t, rt); pc != nil {
				return pc
			}
		}
	}
	switch t.cat {
	case ptrT:
		ec := unmarshalValue(interp, t.val, getMapType, seen)
		if ec == nil {
			return nil
		}
		return &valueConv{
			rt: reflect.PointerTo(ec.rt),
			to: func(f *frame, orig reflect.Value) reflect.Value {
				if orig.IsNil() {
					return reflect.Zero(reflect.PointerTo(ec.rt))
				}
				p := reflect.New(ec.rt)
				p.Elem().Set(ec.to(f, orig.Elem()))
				return p
			},
			back: func(f *frame, view, orig reflect.Value) error {
				if view.IsNil() {
					orig.Set(reflect.Zero(orig.Type()))
					return nil
				}
				if orig.IsNil() {
					orig.Set(reflect.New(orig.Type().Elem()))
				}
				return ec.back(f, view.Elem(), orig.Elem())
			},
		}
	case sliceT:
		ec := unmarshalValue(interp, t.val, getMapType, seen)
		if ec == nil {
			return nil
		}
		vt := reflect.SliceOf(ec.rt)
		return &valueConv{
			rt: vt,
			to: func(f *frame, orig reflect.Value) reflect.Value {
				if orig.IsNil() {
					return reflect.Zero(vt)
				}
				v := reflect.MakeSlice(vt, orig.Len(), orig.Len())
				for i := 0; i < orig.Len(); i++ {
					v.Index(i).Set(ec.to(f, orig.Index(i)))
				}
				return v
			},
			back: func(f *frame, view, orig reflect.Value) error {
				if view.IsNil() {
					orig.Set(reflect.Zero(orig.Type()))
					return nil
				}
				// gonotes patch (s14-misc2): the slice grows element by
				// element, as encoding/json's decoder grows it: an error of
				// an element's Unmarshal method leaves it as long as the
				// decoder did (the elements up to the failing one, or
				// more if it was longer), not as long as the JSON array.
				n := view.Len()
				var saved error // gonotes patch (s20-public20): a type error the decoder went on after
				for i := 0; i < n; i++ {
					if i >= orig.Cap() {
						orig.Grow(1)
					}
					if i >= orig.Len() {
						orig.SetLen(i + 1)
					}
					if err := ec.back(f, view.Index(i), orig.Index(i)); err != nil {
						if !isSavedDecodeError(err) { // gonotes patch (s20-public20)
							return err
						}
						saved = firstDecodeError(saved, err)
					}
				}
				if n < orig.Len() {
					orig.SetLen(n)
				}
				if n == 0 {
					orig.Set(reflect.MakeSlice(orig.Type(), 0, 0))
				}
				return saved
			},
		}
	case arrayT:
		ec := unmarshalValue(interp, t.val, getMapType, seen)
		if ec == nil || t.length < 0 {
			return nil
		}
		vt := reflect.ArrayOf(t.length, ec.rt)
		proxy := ec.rt == proxyJSONType || ec.rt == proxyTextType || ec.rt == proxyXMLType || ec.rt == proxyXMLAttrType
		return &valueConv{
			rt: vt,
			to: func(f *frame, orig reflect.Value) reflect.Value {
				v := reflect.New(vt).Elem()
				for i := 0; i < v.Len(); i++ {
					v.Index(i).Set(ec.to(f, orig.Index(i)))
				}
				return v
			},
			back: func(f *frame, view, orig reflect.Value) error {
				var saved error // gonotes patch (s20-public20): a type error the decoder went on after
				for i := 0; i < view.Len(); i++ {
					if proxy && !view.Index(i).Field(1).Bool() {
						// Beyond the JSON array: zeroed, as the decoder does.
						orig.Index(i).Set(reflect.Zero(orig.Type().Elem()))
						continue
					}
					if err := ec.back(f, view.Index(i), orig.Index(i)); err != nil {
						if !isSavedDecodeError(err) { // gonotes patch (s20-public20)
							return err
						}
						saved = firstDecodeError(saved, err)
					}
				}
				return saved
			},
		}
	case mapT:
		var kc *valueConv
		if pt := ptrOf(t.key); pt.implements(&itype{cat: valueT, rtype: textUnmarshalerRType}) {
			kc = unmarshalProxy(interp, t.key, textUnmarshalerRType)
		}
		vc := unmarshalValue(interp, t.val, getMapType, seen)
		if kc == nil && vc == nil {
			return nil
		}
		mc := &valueConv{
			back: func(f *frame, view, orig reflect.Value) error {
				if view.IsNil() {
					orig.Set(reflect.Zero(orig.Type()))
					return nil
				}
				if orig.IsNil() {
					orig.Set(reflect.MakeMap(orig.Type()))
				}
				// gonotes patch (s14-misc2): in the order of the input
				// (see proxySeq).
				type entry struct {
					k, v reflect.Value
					seq  int64
				}
				var entries []entry
				for iter := view.MapRange(); iter.Next(); {
					k, v := iter.Key(), iter.Value()
					entries = append(entries, entry{k, v, leastSeq(viewSeq(k), viewSeq(v))})
				}
				sort.SliceStable(entries, func(i, j int) bool { return entries[i].seq < entries[j].seq })
				var saved error // gonotes patch (s20-public20): a type error the decoder went on after
				for _, e := range entries {
					k := e.k
					if kc != nil {
						nk := reflect.New(orig.Type().Key()).Elem()
						if err := kc.back(f, k, nk); err != nil {
							return err
						}
						k = nk
					}
					v := e.v
					if vc != nil {
						nv := reflect.New(orig.Type().Elem()).Elem()
						if err := vc.back(f, v, nv); err != nil {
							if !isSavedDecodeError(err) { // gonotes patch (s20-public20)
								return err
							}
							saved = firstDecodeError(saved, err)
						}
						v = nv
					}
					orig.SetMapIndex(k, v)
				}
				return saved
			},
		}
		return mc.withMap(t, kc, vc)
	case structT:
		type fconv struct {
			idx int
			c   *valueConv
		}
		var convs []fconv
		for i, fl := range t.field {
			if !canExport(fl.name) || fl.typ == nil {
				continue
			}
			if c := unmarshalValue(interp, fl.typ, getMapType, seen); c != nil {
				convs = append(convs, fconv{i, c})
			}
		}
		if len(convs) == 0 {
			return nil
		}
		st := t.TypeOf()
		if st == nil || st.Kind() != reflect.Struct || st.NumField() != len(t.field) {
			return nil
		}
		fields := make([]reflect.StructField, st.NumField())
		for i := range fields {
			sf := st.Field(i)
			fields[i] = reflect.StructField{Name: sf.Name, PkgPath: sf.PkgPath, Type: sf.Type, Tag: sf.Tag, Anonymous: sf.Anonymous}
		}
		for _, c := range convs {
			fields[c.idx].Type = c.c.rt
			fields[c.idx].Anonymous = false
		}
		vt := rtStructOf(fields) // gonotes patch (s17-embedcompiled): embedded fields of types with methods
		conv := map[int]*valueConv{}
		for _, c := range convs {
			conv[c.idx] = c.c
		}
		return &valueConv{
			rt: vt,
			to: func(f *frame, orig reflect.Value) reflect.Value {
				v := reflect.New(vt).Elem()
				for i := 0; i < vt.NumField(); i++ {
					of := unsafe2.Exported(orig.Field(i))
					if c := conv[i]; c != nil {
						unsafe2.Exported(v.Field(i)).Set(c.to(f, of))
					} else {
						unsafe2.Exported(v.Field(i)).Set(of)
					}
				}
				return v
			},
			back: func(f *frame, view, orig reflect.Value) error {
				var first error
				for i := 0; i < vt.NumField(); i++ {
					vf, of := unsafe2.Exported(view.Field(i)), unsafe2.Exported(orig.Field(i))
					if c := conv[i]; c != nil {
						if err := c.back(f, vf, of); err != nil {
							first = firstDecodeError(first, withJSONContext(err, t, &t.field[i])) // gonotes patch (s14-misc2; s20-public20: firstDecodeError)
						}
					} else {
						of.Set(vf)
					}
				}
				return first
			},
		}
	}
	return nil
}

// withMap completes the conversion of a map of type t whose keys convert
// with kc and values with vc (either may be nil).
func (c *valueConv) withMap(t *itype, kc, vc *valueConv) *valueConv {
	mt := t.TypeOf()
	if mt == nil || mt.Kind() != reflect.Map {
		return nil
	}
	kt, et := mt.Key(), mt.Elem()
	if kc != nil {
		kt = kc.rt
	}
	if vc != nil {
		et = vc.rt
	}
	c.rt = reflect.MapOf(kt, et)
	c.to = func(f *frame, orig reflect.Value) reflect.Value {
		// The decoder keeps the entries of a map: they are kept in orig,
		// and the view gets the decoded ones.
		if orig.IsNil() {
			return reflect.Zero(c.rt)
		}
		return reflect.MakeMap(c.rt)
	}
	return c
}

// decodesJSON reports whether the decoder whose mapTypes getMapType
// consults is a JSON one (its values are json.Unmarshalers).
// gonotes patch (s14-public9a).
func decodesJSON(getMapType func(*itype) reflect.Type) bool {
	rt := getMapType(&itype{cat: valueT, rtype: reflect.TypeOf(&unmarshalProxyJSON{})})
	return rt != nil && rt.NumMethod() == 1 && rt.Method(0).Name == "UnmarshalJSON"
}

// decodesXML reports whether the decoder whose mapTypes getMapType
// consults is an XML one (its values are xml.Unmarshalers).
// gonotes patch (s14-public9a).
func decodesXML(getMapType func(*itype) reflect.Type) bool {
	rt := getMapType(&itype{cat: valueT, rtype: reflect.TypeOf(&unmarshalProxyXML{})})
	return rt != nil && rt.NumMethod() == 1 && rt.Method(0).Name == "UnmarshalXML"
}

// unmarshalRecursive returns the conversion of a struct of type t met again
// inside itself (type Node struct{ Kind Kind; Items []*Node }, Kind with
// UnmarshalJSON): a view cannot hold itself, so the decoder gets a proxy
// keeping the JSON of the value, which is decoded after the call into a
// view of its own, made then (and so on for the values inside it); the
// same for XML, whose proxy keeps the element. gonotes patch (s14-public9a).
func unmarshalRecursive(interp *Interpreter, t *itype, getMapType func(*itype) reflect.Type) *valueConv {
	var conv func(*frame, reflect.Value) (reflect.Value, func() error)
	made := false
	pt, decode := proxyJSONType, json.Unmarshal
	if !decodesJSON(getMapType) {
		pt, decode = proxyXMLType, xml.Unmarshal // the element, from its start
	}
	return &valueConv{
		rt: pt,
		to: func(*frame, reflect.Value) reflect.Value { return reflect.Zero(pt) },
		back: func(f *frame, view, orig reflect.Value) error {
			raw, set := view.Field(0).String(), view.Field(1).Bool()
			if !set || !orig.CanAddr() {
				return nil
			}
			if !made {
				conv, made = unmarshalConvert(interp, ptrOf(t), getMapType), true
			}
			target := orig.Addr()
			var back func() error
			if conv != nil {
				target, back = conv(f, target)
			}
			// gonotes patch (s20-public20): a type error is one the
			// decoder records and goes on after (the view is copied back
			// and the values after it decoded, as Go's one pass does);
			// any other error stops it, as does a method's (back's).
			err := decode([]byte(raw), target.Interface())
			saved, isSaved := err.(*json.UnmarshalTypeError)
			if err != nil && !isSaved {
				return err
			}
			if back != nil {
				berr := back()
				if se, ok := berr.(*savedDecodeError); ok && !isSaved {
					saved, isSaved, berr = se.err, true, nil
				}
				if berr != nil {
					return berr
				}
			}
			if isSaved {
				var path []string
				if saved.Field != "" {
					path = []string{saved.Field}
				}
				return &jsonContextError{err: saved, path: path, saved: true}
			}
			return nil
		},
	}
}

// savedDecodeError is a type error of a decoder met while decoding the
// JSON kept for a value of a struct type inside itself (unmarshalRecursive),
// returned by the copy back of a view: the decoder recorded it and went
// on, so it is the call's error only if the decoder had none and no
// method failed. gonotes patch (s20-public20).
type savedDecodeError struct{ err *json.UnmarshalTypeError }

func (e *savedDecodeError) Error() string { return e.err.Error() }

// nameSavedErrorType sets the Type of e, a type error met in the JSON kept
// for a value of a struct type inside itself (savedDecodeError), of the
// decoder's argument of type t, to the runtime type of the notebook type
// of the field at its path when the decoder named it with the field's
// bare struct type ("of type struct { V int }" for Go's "of type main.P").
// gonotes patch (s20-public20).
func (interp *Interpreter) nameSavedErrorType(e *json.UnmarshalTypeError, t *itype) {
	if e.Type == nil || e.Type.Name() != "" || e.Field == "" || t == nil {
		return
	}
	ft := jsonFieldType(t, strings.Split(e.Field, "."))
	if ft == nil || hasUnmarshalJSON(ft) {
		return
	}
	if r := interp.crossRType(ft); r != nil && r.Kind() == e.Type.Kind() && r.Size() == e.Type.Size() {
		e.Type = r
	}
}

// isSavedDecodeError reports whether err, an error of the copy back of a
// view, is a type error after which the decoder went on.
// gonotes patch (s20-public20).
func isSavedDecodeError(err error) bool {
	switch e := err.(type) {
	case *jsonContextError:
		return e.saved
	case *savedDecodeError:
		return true
	}
	return false
}

// firstDecodeError returns the error of a copy back that has met the
// errors first and then err: the first one, unless it is one the decoder
// went on after and err is not. gonotes patch (s20-public20).
func firstDecodeError(first, err error) error {
	if first == nil || (err != nil && isSavedDecodeError(first) && !isSavedDecodeError(err)) {
		return err
	}
	return first
}

// unmarshalProxy returns the conversion of a value of type t, whose
// pointer type has the method of the interface rt, to a proxy, or nil if
// rt's method is not one a proxy has.
func unmarshalProxy(interp *Interpreter, t *itype, rt reflect.Type) *valueConv {
	name := rt.Method(0).Name
	var pt reflect.Type
	switch name {
	case "UnmarshalJSON":
		pt = proxyJSONType
	case "UnmarshalText":
		pt = proxyTextType
	case "UnmarshalXML":
		pt = proxyXMLType
	case "UnmarshalXMLAttr": // gonotes patch (s16-public11b)
		pt = proxyXMLAttrType
	default:
		return nil
	}
	ptr := ptrOf(t)
	var embed []int // gonotes patch (s14-public9b): a method promoted from an embedded compiled field
	if m, _ := ptr.lookupMethod(name); m == nil {
		if embed = promotedBinPath(t, rt); embed == nil {
			return nil
		}
	}
	if embed == nil && pt != proxyXMLType {
		if c := unmarshalNamed(interp, t, rt); c != nil {
			return c
		}
	}
	wn := &node{interp: interp, typ: ptr}
	return &valueConv{
		rt: pt,
		to: func(*frame, reflect.Value) reflect.Value { return reflect.Zero(pt) },
		back: func(f *frame, view, orig reflect.Value) error {
			raw, set := view.Field(0).String(), view.Field(1).Bool()
			if !set {
				return nil
			}
			var w reflect.Value
			if embed != nil {
				ev := orig
				for _, j := range embed {
					ev = unsafe2.Exported(ev.Field(j))
				}
				w = ev.Addr()
			} else {
				w = wrapValue(f, wn, orig.Addr(), rt)
			}
			if !w.IsValid() {
				return nil
			}
			args := []reflect.Value{reflect.ValueOf([]byte(raw))}
			if pt == proxyXMLAttrType { // gonotes patch (s16-public11b)
				name, _ := view.Field(2).Interface().(xml.Name)
				args = []reflect.Value{reflect.ValueOf(xml.Attr{Name: name, Value: raw})}
			}
			if pt == proxyXMLType {
				// The element again, from its start.
				d := xml.NewDecoder(strings.NewReader(raw))
				tok, err := d.Token()
				if err != nil {
					return err
				}
				start, _ := tok.(xml.StartElement)
				args = []reflect.Value{reflect.ValueOf(d), reflect.ValueOf(start)}
			}
			out := w.MethodByName(name).Call(args)
			if err, _ := out[0].Interface().(error); err != nil {
				return err
			}
			return nil
		},
	}
}

// unmarshalNamed returns the conversion of a value of type t to its named
// runtime type, whose pointer has t's method of the interface rt (an
// UnmarshalJSON or UnmarshalText of the notebook, rtmethods.go), or nil if
// t has none with that memory. The decoder then calls the method itself,
// on the element it decodes, as it does in Go: a method's error stops the
// decoding there, and the values after it in the input stay as they were
// (a proxy's method ran only on the copy back, after the decoder had
// decoded them). gonotes patch (s16-knownwrong).
func unmarshalNamed(interp *Interpreter, t *itype, rt reflect.Type) *valueConv {
	e := interp.crossOf(t)
	if e.r == nil || e.from == nil || e.r == e.from || !reflect.PointerTo(e.r).Implements(rt) {
		return nil
	}
	// The same memory: a struct of the same layout (direct), or a type
	// of another kind whose underlying type is the value's (type Celsius
	// int: int).
	if k := e.r.Kind(); !e.direct && (k == reflect.Struct || k == reflect.Array || k != e.from.Kind() ||
		e.r.Size() != e.from.Size() || !e.from.ConvertibleTo(e.r) || !e.r.ConvertibleTo(e.from)) {
		return nil
	}
	r, from := e.r, e.from
	return &valueConv{
		rt: r,
		to: func(_ *frame, orig reflect.Value) reflect.Value {
			p := reflect.New(r)
			if orig.Type() == from {
				reflect.NewAt(from, p.UnsafePointer()).Elem().Set(orig)
			}
			return p.Elem()
		},
		back: func(_ *frame, view, orig reflect.Value) error {
			if orig.Type() != from {
				return nil
			}
			p := reflect.New(r)
			p.Elem().Set(view)
			orig.Set(reflect.NewAt(from, p.UnsafePointer()).Elem())
			return nil
		},
	}
}

// fixUnmarshalTypeError sets the Struct field of a *json.UnmarshalTypeError
// err, empty for an interpreted struct, to the name of the interpreted
// struct type containing the field at its path Field, starting at t (the
// type of the decoder's argument).
func fixUnmarshalTypeError(err reflect.Value, t *itype) {
	if !err.IsValid() || err.Kind() != reflect.Interface || err.IsNil() {
		return
	}
	e := err.Elem()
	if e.Kind() != reflect.Ptr || e.IsNil() || e.Type().Elem().Name() != "UnmarshalTypeError" || e.Type().Elem().PkgPath() != "encoding/json" {
		return
	}
	s := e.Elem().FieldByName("Struct")
	fpath := e.Elem().FieldByName("Field")
	if fpath.IsValid() && fpath.String() == "" {
		fixTopTypeError(e.Elem(), t)
		return
	}
	if !s.IsValid() || !fpath.IsValid() {
		return
	}
	var owner *itype
	promoted := false
	for _, name := range strings.Split(fpath.String(), ".") {
		t = jsonElem(t)
		named := t
		if unmarshalsItself(named) {
			// gonotes patch (s16-knownwrong): the decoder called the
			// value's method (unmarshalNamed), whose error's fields are
			// its own: the struct is the last one the decoder was in.
			if owner != nil && owner.name != "" && s.String() == "" {
				s.SetString(owner.name)
			}
			return
		}
		// gonotes patch (s15-noticedb): a struct type defined from
		// another (type Named Point) is a linkedT.
		for t != nil && t.cat == linkedT && t.val != nil && t.val != t {
			t = jsonElem(t.val)
		}
		if t == nil || t.cat != structT {
			return
		}
		fl := jsonField(t, name)
		if fl == nil {
			return
		}
		// gonotes patch (s15-noticedb): the fields of an untagged
		// embedded struct are the outer struct's (Go: "Tagged.A.x",
		// not "A.A.x").
		if !promoted || owner == nil {
			owner = named
		}
		promoted = embedsStruct(fl)
		t = fl.typ
	}
	if owner != nil && owner.name != "" && s.String() == "" {
		s.SetString(owner.name)
	}
	// gonotes patch (s14-misc2): a field of a notebook type whose method
	// the decoder calls in place is an interface{} holding the method's
	// wrapper in the decoder's view (unmarshalStruct): the type of the
	// error is the field's ("of type main.Point", not "interface {}").
	ty := e.Elem().FieldByName("Type")
	if !ty.IsValid() || !ty.CanSet() || t == nil {
		return
	}
	rt, _ := ty.Interface().(reflect.Type)
	if rt == proxyTextType || rt == proxyJSONType {
		// gonotes patch (s15-noticedb): an element of a slice, array or
		// map of such a type is a proxy in the view (main.Upper, not
		// interp.unmarshalProxyText).
		t, rt = jsonElem(t), emptyInterfaceType
	}
	if t != nil && t.name != "" && t.path != "" && !isInterfaceSrc(t) && rt == emptyInterfaceType && t.TypeOf() != nil {
		pkg := t.path
		ty.Set(reflect.ValueOf(namedIfaceRType{Type: t.TypeOf(), str: pkg[strings.LastIndex(pkg, "/")+1:] + "." + t.name, name: t.name, pkg: pkg}))
	}
}

// unmarshalsItself reports whether a decoder calls a method of the
// notebook type t to decode a value of it (an UnmarshalJSON or
// UnmarshalText of *t). gonotes patch (s16-knownwrong).
func unmarshalsItself(t *itype) bool {
	if t == nil || t.cat == valueT || isInterfaceSrc(t) {
		return false
	}
	pt := ptrOf(t)
	for _, name := range []string{"UnmarshalJSON", "UnmarshalText"} {
		if m, _ := pt.lookupMethod(name); m != nil {
			return true
		}
	}
	return false
}

// fixTopTypeError names the notebook struct type in e, a
// json.UnmarshalTypeError about the decoder's argument itself, of type t
// (a pointer to it): the type the decoder met is the struct of its view
// (unmarshalConvert), made again with reflect.StructOf ("cannot unmarshal
// array into Go value of type struct { Name string; ... }"), where Go
// names main.Job. gonotes patch (s16-knownwrong).
func fixTopTypeError(e reflect.Value, t *itype) {
	ty := e.FieldByName("Type")
	if !ty.IsValid() || !ty.CanSet() || t == nil || t.cat != ptrT || t.val == nil {
		return
	}
	rt, _ := ty.Interface().(reflect.Type)
	st := t.val
	if rt == nil || rt.Kind() != reflect.Struct || rt.Name() != "" || st.cat != structT || st.name == "" || st.path == "" || st.TypeOf() == nil {
		return
	}
	pkg := st.path
	ty.Set(reflect.ValueOf(namedIfaceRType{Type: st.TypeOf(), str: pkg[strings.LastIndex(pkg, "/")+1:] + "." + st.name, name: st.name, pkg: pkg}))
}

// embedsStruct reports whether fl is an embedded struct (or pointer to
// struct) field without a JSON name, whose fields a decoder takes as the
// fields of the struct holding fl. gonotes patch (s15-noticedb).
func embedsStruct(fl *structField) bool {
	if !fl.embed || fl.typ == nil {
		return false
	}
	if tag, ok := reflect.StructTag(fl.tag).Lookup("json"); ok {
		if n, _, _ := strings.Cut(tag, ","); n != "" {
			return false
		}
	}
	ft := fl.typ
	if ft.cat == ptrT && ft.val != nil {
		ft = ft.val
	}
	for ft.cat == linkedT && ft.val != nil {
		ft = ft.val
	}
	return ft.cat == structT
}

// jsonElem returns the type a decoder fills for a value of type t: the
// element of pointers, slices, arrays and maps.
func jsonElem(t *itype) *itype {
	for t != nil {
		switch t.cat {
		case ptrT, sliceT, arrayT, mapT:
			t = t.val
			continue
		}
		return t
	}
	return nil
}

// jsonField returns the field of the struct type t with the json name name
// (its tag's name, or its own name), or nil.
func jsonField(t *itype, name string) *structField {
	for i := range t.field {
		fl := &t.field[i]
		jn := fl.name
		if tag, ok := reflect.StructTag(fl.tag).Lookup("json"); ok {
			if n, _, _ := strings.Cut(tag, ","); n != "" {
				jn = n
			}
		}
		if jn == name {
			return fl
		}
	}
	return nil
}

// dynItypeOf returns the interpreted type of the value v given to
// compiled code (a valueInterface, an interface wrapper of an interpreted
// value, or a value of a named runtime type), or nil. gonotes patch (s12).
func dynItypeOf(v reflect.Value) *itype {
	for v.IsValid() && v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil
		}
		if inner := wrappedInner(v); inner.IsValid() {
			v = inner
			continue
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return nil
	}
	if vi, ok := v.Interface().(valueInterface); ok {
		if vi = innermostVI(vi); vi.node != nil {
			return vi.node.typ
		}
		return nil
	}
	if vi, ok := namedVI(v); ok && vi.node != nil {
		return vi.node.typ
	}
	return nil
}

// jsonContextError carries a *json.UnmarshalTypeError that an interpreted
// UnmarshalJSON or UnmarshalText method returned on the copy back of a
// view, up through the structs that hold the value, which give it the
// context the decoder gives the error of a method it calls: the struct
// and the path of fields (json's addErrorContext). gonotes patch
// (s14-misc2).
type jsonContextError struct {
	err   *json.UnmarshalTypeError
	path  []string
	saved bool // gonotes patch (s20-public20): the decoder went on after it (savedDecodeError)
}

func (e *jsonContextError) Error() string { return e.err.Error() }

// withJSONContext returns err, the error of the copy back of the field fl
// of a struct of type t, with fl in its context.
func withJSONContext(err error, t *itype, fl *structField) error {
	name, promoted := fl.name, false
	if tag, ok := reflect.StructTag(fl.tag).Lookup("json"); ok {
		if n, _, _ := strings.Cut(tag, ","); n != "" {
			name = n
		}
	} else if ft := fl.typ; fl.embed && ft != nil {
		if ft.cat == ptrT && ft.val != nil {
			ft = ft.val
		}
		promoted = ft.cat == structT
	}
	switch e := err.(type) {
	case *json.UnmarshalTypeError:
		path := []string{name}
		if e.Field != "" {
			path = append(path, e.Field)
		}
		e.Struct = t.name
		return &jsonContextError{err: e, path: path}
	case *jsonContextError:
		e.path = append([]string{name}, e.path...)
		if promoted {
			// The fields of an embedded struct are the outer struct's.
			e.err.Struct = t.name
		}
		return e
	}
	return err
}

// withoutJSONContext returns the error the decoder's caller gets for err,
// an error of the copy back of a view.
func withoutJSONContext(err error) error {
	if e, ok := err.(*jsonContextError); ok {
		e.err.Field = strings.Join(e.path, ".")
		if e.saved { // gonotes patch (s20-public20)
			return &savedDecodeError{e.err}
		}
		return e.err
	}
	return err
}
