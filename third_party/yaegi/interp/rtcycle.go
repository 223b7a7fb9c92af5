// gonotes patch (s13-goroot9): this file.

package interp

import (
	"fmt"
	"reflect"
	"strings"
)

// Defined types that reach themselves through pointers, slices, arrays,
// maps and channels only, with no struct, func or interface type on the
// way: type T18 *[10]T19; type T19 T18, type Q *R; type R *Q, type P
// *[]P, type A [2]*A. Go accepts them (the cycle passes through a pointer,
// slice, map or channel, so each type has a size); reflect cannot make
// them (PtrTo, SliceOf and ArrayOf need the element first), and the
// interpreter's walks of element types (refType, frameType) recursed
// until the goroutine's stack overflowed, which ends the kernel's
// process. (A type that is directly its own element, type L []L, is
// rtself.go's; a cycle through a struct is refType's, with placeholder
// fields.)
//
// The cycle is cut where the walk first meets a defined pointer, slice,
// channel, map or array type of it: that type's runtime type is made
// first, a named copy (makeNamedRType) of a type of the same kind and
// layout whose elements are placeholders (*byte for a pointer, map or
// channel, []byte for a slice), then its element types are made (which
// meet the type again and get its runtime type) and set in it.

// pureCycleKey identifies a type in the walk: by its kind and the keys
// of its elements, the defined types among them by name (the interpreter
// may have several itypes of one type, the copies of a declaration parsed
// again, and a defined type has the runtime type of its underlying type:
// type P *[]P and *[]P have one); a type no pure cycle passes through by
// its itype.
func pureCycleKey(t *itype) string { return cycleKey(t, true) }

func cycleKey(t *itype, top bool) string {
	if t.name != "" && !top { // a placeholder (nilT) of a defined type too
		return t.path + "/" + t.name + t.local
	}
	switch t.cat {
	case linkedT:
		if t.val != nil {
			return cycleKey(t.val, true)
		}
	case ptrT, sliceT, variadicT, arrayT, mapT, chanT, chanRecvT, chanSendT:
		if t.val == nil || (t.cat == mapT && t.key == nil) {
			break
		}
		k := ""
		if t.cat == mapT {
			k = cycleKey(t.key, false)
		}
		return fmt.Sprintf("%d[%d:%s]%s", t.cat, t.length, k, cycleKey(t.val, false))
	}
	return fmt.Sprintf("%p", t)
}

// placeholderType returns the type declared with the name of t, a
// placeholder (nilT) of a defined type used before its declaration was
// complete, once that type is complete.
// Another t is returned as it is. (finalize returned the declared type
// the first time only: a placeholder met again, as the element of a type
// defined through itself is, stayed a nilT without a runtime type.)
func placeholderType(t *itype) *itype {
	if t == nil || t.cat != nilT || t.name == "" || t.scope == nil {
		return t
	}
	sym, _, found := t.scope.lookup(t.name)
	if !found || sym.kind != typeSym || sym.typ == nil || sym.typ == t || sym.typ.cat == nilT || sym.typ.incomplete {
		return t
	}
	return sym.typ
}

// pureCycleNext returns the types t's runtime type is made of, if t is a
// type a pure cycle may pass through.
func pureCycleNext(t *itype) []*itype {
	switch t.cat {
	case linkedT, ptrT, sliceT, variadicT, arrayT, chanT, chanRecvT, chanSendT:
		return []*itype{placeholderType(t.val)}
	case mapT:
		return []*itype{placeholderType(t.key), placeholderType(t.val)}
	}
	return nil
}

// reachesPurely reports whether from reaches the type of key target
// through pointers, slices, arrays, maps, channels and defined types
// only.
func reachesPurely(from *itype, target string, seen map[string]bool) bool {
	for _, n := range pureCycleNext(from) {
		if n == nil || isGeneric(n) {
			continue
		}
		k := pureCycleKey(n)
		if k == target {
			return true
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		if reachesPurely(n, target, seen) {
			return true
		}
	}
	return false
}

// reachesDefined reports whether t is, or reaches through pointers,
// slices, arrays, maps and channels, a defined type a pure cycle may pass
// through (or the placeholder of one): a cycle has one. It walks the
// types without making their keys, so that a deeply nested type
// ([][]...[]int, 250 levels, each level's frameType and refType asking)
// is not walked with a key made at each level.
func reachesDefined(t *itype) bool {
	for depth := 0; t != nil && depth < 100000; depth++ {
		if t.name != "" && (t.cat == nilT || pureCycleNext(t) != nil) {
			return true
		}
		switch t.cat {
		case mapT:
			if t.key != nil && reachesDefined(t.key) {
				return true
			}
			t = t.val
		case linkedT, ptrT, sliceT, variadicT, arrayT, chanT, chanRecvT, chanSendT:
			t = t.val
		default:
			return false
		}
	}
	return false
}

// inPureCycle reports whether t is a type of such a cycle.
func inPureCycle(t *itype) bool {
	if t == nil || pureCycleNext(t) == nil || isGeneric(t) || !reachesDefined(t) {
		return false
	}
	k := pureCycleKey(t)
	return reachesPurely(t, k, map[string]bool{k: true})
}

// cycleCut reports whether t is a type a pure cycle is cut at: a pointer
// type of the cycle, named or not; in a cycle with no pointer type, a
// defined slice, channel, map or array type of it.
func cycleCut(t *itype) bool {
	switch t.cat {
	case ptrT:
		return inPureCycle(t)
	case sliceT, chanT, chanRecvT, chanSendT, mapT, arrayT:
		return t.name != "" && inPureCycle(t) && !cycleHasPtr(t)
	}
	return false
}

// cycleHasPtr reports whether a pointer type of the pure cycles t is in
// is reached from t.
func cycleHasPtr(t *itype) bool {
	k := pureCycleKey(t)
	seen := map[string]bool{k: true}
	var walk func(x *itype) bool
	walk = func(x *itype) bool {
		for _, n := range pureCycleNext(x) {
			if n == nil || isGeneric(n) {
				continue
			}
			nk := pureCycleKey(n)
			if seen[nk] {
				continue
			}
			seen[nk] = true
			if n.cat == ptrT && reachesPurely(n, k, map[string]bool{nk: true}) {
				return true
			}
			if walk(n) {
				return true
			}
		}
		return false
	}
	return walk(t)
}

// cycleStr returns the string of t, a type of a pure cycle, its defined
// types by name.
func cycleStr(t *itype) string {
	if t.name != "" {
		pkg := t.path
		return pkg[strings.LastIndex(pkg, "/")+1:] + "." + t.name
	}
	switch t.cat {
	case ptrT:
		return "*" + cycleStr(t.val)
	case sliceT, variadicT:
		return "[]" + cycleStr(t.val)
	case arrayT:
		return fmt.Sprintf("[%d]%s", t.length, cycleStr(t.val))
	case mapT:
		return "map[" + cycleStr(t.key) + "]" + cycleStr(t.val)
	case chanT:
		return "chan " + cycleStr(t.val)
	case chanRecvT:
		return "<-chan " + cycleStr(t.val)
	case chanSendT:
		return "chan<- " + cycleStr(t.val)
	}
	return t.id()
}

// cycleLayout returns a runtime type of the size and pointer layout of
// t's, whose pointers, maps and channels are *byte and slices []byte,
// made without the types of the cycle.
func cycleLayout(t *itype, ctx *refTypeContext) reflect.Type {
	t = placeholderType(t)
	switch t.cat {
	case linkedT:
		return cycleLayout(t.val, ctx)
	case ptrT, mapT, chanT, chanRecvT, chanSendT, funcT:
		return reflect.TypeOf((*byte)(nil))
	case sliceT, variadicT:
		return reflect.TypeOf([]byte(nil))
	case arrayT:
		return reflect.ArrayOf(t.length, cycleLayout(t.val, ctx))
	}
	return t.refType(ctx)
}

// cycleRType makes the runtime type of t, a defined type a pure cycle is
// cut at (cycleCut), and then its element types.
func cycleRType(t *itype, ctx *refTypeContext) reflect.Type {
	var proto reflect.Type
	switch t.cat {
	case ptrT:
		proto = reflect.TypeOf((**byte)(nil))
	case sliceT:
		proto = reflect.TypeOf([][]byte(nil))
	case chanT:
		proto = reflect.TypeOf((chan *byte)(nil))
	case chanRecvT:
		proto = reflect.TypeOf((<-chan *byte)(nil))
	case chanSendT:
		proto = reflect.TypeOf((chan<- *byte)(nil))
	case arrayT:
		proto = reflect.ArrayOf(t.length, cycleLayout(t.val, ctx))
	case mapT:
		key := cycleLayout(t.key, ctx)
		if !reachesPurely(t.key, pureCycleKey(t), map[string]bool{}) && pureCycleKey(t.key) != pureCycleKey(t) {
			key = t.key.refType(ctx) // its hash function
		}
		proto = reflect.MapOf(key, cycleLayout(t.val, ctx))
	}
	str := cycleStr(t)
	var r reflect.Type
	if proto != nil && namedTypesWork() {
		r = makeNamedRType(proto, str, t.path)
	}
	if r == nil {
		panic(fmt.Sprintf("type %s is defined through itself: not supported", str))
	}
	p := rtTypeOf(r)
	if t.name == "" { // an unnamed pointer type: its copy is unnamed
		(*rtAbiType)(p).tflag &^= tflagNamed
	}
	t.rtype = r
	t.cycleRT = true
	if ctx.cycles == nil {
		ctx.cycles = map[string]reflect.Type{}
	}
	ctx.cycles[pureCycleKey(t)] = r
	switch t.cat {
	case ptrT:
		e := t.val.refType(ctx)
		(*rtElem)(p).elem = rtTypeOf(e)
		// reflect.PtrTo(e) (the type of &v for v of the element type)
		// is this type.
		if ep := (*rtAbiType)(rtTypeOf(e)); ep.ptrToThis == 0 {
			ep.ptrToThis = reflectAddReflectOff(p)
		}
	case sliceT:
		(*rtElem)(p).elem = rtTypeOf(t.val.refType(ctx))
	case chanT, chanRecvT, chanSendT:
		(*rtChan)(p).elem = rtTypeOf(t.val.refType(ctx))
	case arrayT:
		e := t.val.refType(ctx)
		(*rtArray)(p).elem = rtTypeOf(e)
		(*rtArray)(p).slice = rtTypeOf(reflect.SliceOf(e))
	case mapT:
		m := (*rtMap)(p)
		m.key = rtTypeOf(t.key.refType(ctx))
		m.elem = rtTypeOf(t.val.refType(ctx))
	}
	return r
}

// cycleSame returns another itype of t's type (pureCycleKey) met from t
// whose runtime type is to be t's: one with a runtime type, or, for an
// unnamed t, a defined one; or nil if there is none.
func cycleSame(t *itype) *itype {
	k := pureCycleKey(t)
	seen := map[*itype]bool{t: true}
	var named *itype
	var walk func(x *itype) *itype
	walk = func(x *itype) *itype {
		for _, n := range pureCycleNext(x) {
			if n == nil || seen[n] {
				continue
			}
			seen[n] = true
			if pureCycleKey(n) == k {
				if n.rtype != nil {
					return n
				}
				if named == nil && t.name == "" && n.name != "" && n.cat != linkedT {
					named = n
				}
			}
			if r := walk(n); r != nil {
				return r
			}
		}
		return nil
	}
	if r := walk(t); r != nil {
		return r
	}
	return named
}

// completeThroughSelf marks t, a local type being declared, and the
// pointer, slice, array, map and channel types it is made of complete:
// they were incomplete only for the placeholders of t's name, which now
// resolve to t (finalize, placeholderType).
func completeThroughSelf(t *itype) {
	for _, n := range append(pureCycleNext(t), t) {
		if n == nil || !n.incomplete || n.cat == nilT {
			continue
		}
		n.incomplete = false
		if n != t {
			completeThroughSelf(n)
		}
	}
}

// resolveLinked completes t, a defined type declared from another defined
// type that was a placeholder then (type T4 T5; type T5 T6; type T6
// struct{...}, T4 before T5 and T6): its underlying type is the one of the
// type of that name, once declared, with its fields. (It kept the
// placeholder, without fields: T4{} had no generator, x.Next was an
// undefined selector.)
func resolveLinked(t *itype, depth int) {
	if t == nil || t.cat != linkedT || depth > 100 {
		return
	}
	v := t.val
	if r := placeholderType(v); r != v && r != t {
		t.val = r
		v = r
	}
	if v == nil || v.cat == nilT || v.incomplete {
		return
	}
	resolveLinked(v, depth+1)
	if len(t.field) == 0 && len(v.field) > 0 {
		t.field = v.field
	}
}
