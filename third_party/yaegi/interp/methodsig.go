package interp

// gonotes patch (whole file; s17-fuzz17): the signature of a method in a
// method set tells the program's own named types from their underlying
// types. See PATCHES.md, "A method returning a named type does not
// implement one returning its underlying type".

// srcMethodSig returns the signature of the interpreted method or
// interface method of func type ft as a method set has it: its runtime
// type's string, which is that of the compiled types too (binMethodSigOf),
// and, when ft mentions a type declared by the program, its type identity
// (ft.id()) after a NUL. The runtime type of a type declared by the
// program is that of its underlying type (type ID int is int), so the
// runtime string alone made Get() ID and Get() int one signature: a type
// with the one satisfied an interface with the other. A compiled
// interface's signatures never mention the program's types, so the
// signatures it is compared with are unchanged.
func srcMethodSig(ft *itype) string {
	s := ft.TypeOf().String()
	if mentionsSrcType(ft) {
		s += "\x00" + ft.id()
	}
	return s
}

// mentionsSrcType reports whether the type t is, or is made of, a type
// declared by the program (a linkedT: a defined type or an instantiated
// generic type).
func mentionsSrcType(t *itype) bool {
	var buf [16]*itype
	seen := buf[:0]
	return mentionsSrcTypeSeen(t, &seen)
}

// mentionsSrcTypeSeen is mentionsSrcType, where seen holds the types
// already visited: a type reached again adds nothing. gonotes patch
// (s20-harvest20): a depth limit of 16 stopped the cycles, but walked
// every path up to it, exponential in the methods of an interface whose
// methods return it (a fluent builder interface of ten methods took
// minutes to compile).
func mentionsSrcTypeSeen(t *itype, seen *[]*itype) bool {
	if t == nil {
		return false
	}
	for _, s := range *seen {
		if s == t {
			return false
		}
	}
	*seen = append(*seen, t)
	switch t.cat {
	case linkedT:
		return true
	case ptrT, sliceT, arrayT, chanT, chanSendT, chanRecvT, variadicT:
		return mentionsSrcTypeSeen(t.val, seen)
	case mapT:
		return mentionsSrcTypeSeen(t.key, seen) || mentionsSrcTypeSeen(t.val, seen)
	case funcT:
		for _, a := range t.arg {
			if mentionsSrcTypeSeen(a, seen) {
				return true
			}
		}
		for _, r := range t.ret {
			if mentionsSrcTypeSeen(r, seen) {
				return true
			}
		}
	case structT, interfaceT:
		for _, f := range t.field {
			if mentionsSrcTypeSeen(f.typ, seen) {
				return true
			}
		}
	}
	return false
}
