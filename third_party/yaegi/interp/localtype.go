// gonotes patch (s12-goroot): this file.

package interp

import (
	"go/constant"
	"reflect"
	"strconv"
	"strings"
)

// localMark begins the mark that tells a type declared in a function
// apart from the other types of its name (localTypeMark). The middle dot
// is no letter of a Go identifier, so no declared name holds it; Go's
// compiler marks its local types in the same way (main.T·1).
const localMark = "·"

// localTypeMark returns the mark of the type declared by the type spec
// n in a function body: the node's index, unique in its interpreter. The
// type's string (itype.str), which the interpreter compares to tell
// types apart, ends with it: two funcs that each declare a type T, or a
// func that declares a T as the package does, have different types,
// whose values a type assertion or == tells apart.
//
// gonotes patch (s20-escape20): the mark ends with localNumMark and the
// number gc gives the type (noteLocalTypes), when known.
func localTypeMark(n *node) string {
	m := localMark + strconv.FormatInt(n.index, 10)
	if n.interp != nil && n.pos.IsValid() {
		if k, ok := n.interp.localTypeNum.Load(n.pos); ok {
			m += localNumMark + strconv.Itoa(k.(int))
		}
	}
	return m
}

// localNumMark separates, in a local type's mark, the node's index from
// gc's number of the type (gonotes patch, s20-escape20). It is in no type
// string otherwise.
const localNumMark = "#"

// noteLocalTypes numbers the types declared in the funcs of the file root
// of package pkg as gc does, after those of the files compiled before it:
// gc names a local type T of the package's k-th local type declaration
// (in source order, aliases not counted) T·k in the type arguments of a
// generic type's name (main.Box[main.T·3]). gonotes patch (s20-escape20).
func (interp *Interpreter) noteLocalTypes(pkg string, root *node) {
	var specs []*node
	var walk func(n *node, inFunc bool)
	walk = func(n *node, inFunc bool) {
		switch n.kind {
		case funcDecl, funcLit:
			inFunc = true
		case typeSpec:
			if inFunc && n.pos.IsValid() {
				specs = append(specs, n)
			}
		}
		for _, c := range n.child {
			walk(c, inFunc)
		}
	}
	walk(root, false)
	if len(specs) == 0 {
		return
	}
	interp.mutex.Lock()
	if interp.initNext == nil {
		interp.initNext = map[string]int{}
	}
	base := interp.initNext[pkg+" types"]
	interp.initNext[pkg+" types"] = base + len(specs)
	interp.mutex.Unlock()
	for i, n := range specs {
		interp.localTypeNum.LoadOrStore(n.pos, base+i+1)
	}
}

// typeDisplay returns the type string s without the marks of local types
// (localTypeMark): the type's name as Go prints it (%T, reflect's
// Type.String and the runtime's panics print main.T for a local T).
func typeDisplay(s string) string {
	i := strings.Index(s, localMark)
	if i < 0 {
		return s
	}
	var b strings.Builder
	for i >= 0 {
		j := i + len(localMark)
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == j {
			b.WriteString(s[:j]) // a middle dot not followed by a mark's number
		} else {
			b.WriteString(s[:i])
			k = skipLocalNum(s, k) // gonotes patch (s20-escape20)
		}
		s = s[k:]
		i = strings.Index(s, localMark)
	}
	b.WriteString(s)
	return b.String()
}

// skipLocalNum returns the index in s after gc's number of a local type
// (localNumMark and digits) at k, or k. gonotes patch (s20-escape20).
func skipLocalNum(s string, k int) int {
	if !strings.HasPrefix(s[k:], localNumMark) {
		return k
	}
	j := k + len(localNumMark)
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == k+len(localNumMark) {
		return k
	}
	return j
}

// typeDisplayRT is typeDisplay for the runtime's names of types (%T,
// reflect, panics): a local type in the type arguments of a generic type's
// instance is named with gc's number, as gc names the instance
// (main.Box[main.T·3]); elsewhere (main.T, []main.T, map[main.T]int)
// without. gonotes patch (s20-escape20).
func typeDisplayRT(s string) string {
	if !strings.Contains(s, localMark) {
		return s
	}
	var b strings.Builder
	var inst []bool // the brackets open at i: true for type arguments
	open := 0       // how many of them are type arguments
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '[':
			word := i
			for word > 0 && isIDByte(s[word-1]) && s[word-1] != '.' {
				word--
			}
			isInst := word < i && s[word:i] != "map" || i > 0 && !isIDByte(s[i-1]) && s[i-1] >= 0x80 // after a name (a rune of a name or a mark's last byte ends with a byte >= 0x80)
			inst = append(inst, isInst)
			if isInst {
				open++
			}
		case c == ']':
			if n := len(inst); n > 0 {
				if inst[n-1] {
					open--
				}
				inst = inst[:n-1]
			}
		case strings.HasPrefix(s[i:], localMark):
			j := i + len(localMark)
			k := j
			for k < len(s) && s[k] >= '0' && s[k] <= '9' {
				k++
			}
			if k == j {
				break // a middle dot not followed by a mark's number
			}
			e := skipLocalNum(s, k)
			if open > 0 && e > k {
				b.WriteString(localMark)
				b.WriteString(s[k+len(localNumMark) : e])
			}
			i = e
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// enclosingTypeArgs returns the type arguments of the instance of a
// generic func whose body holds the node def ("[int]" in gen[int]), or ""
// outside an instance: Go names a type declared in a generic func with
// them (main.wrap[int]), and the type is another type in each instance.
func enclosingTypeArgs(def *node) string {
	for def != nil && def.kind != funcDecl {
		def = def.anc
	}
	if def == nil || len(def.param) == 0 {
		return ""
	}
	s := make([]string, len(def.param))
	for i, t := range def.param {
		s[i] = anyInTypeArgs(itypeStr(t)) // gonotes patch (s20-escape20): with the marks of local types, which typeDisplayRT shows in these brackets (main.inner[main.a·2])
	}
	return "[" + strings.Join(s, ",") + "]"
}

// sigTypesDiffer reports whether the method types a and b, whose reflect
// signatures are the same, have a parameter or result of two different
// defined types of interpreted code (m(*T1) and m(*T3) with type T3 T1:
// their reflect types are one, their types are not), or of pointers to
// such types. Types it cannot tell apart so (unnamed, interfaces, other
// shapes of signatures) are taken as the same.
func sigTypesDiffer(a, b *itype) bool {
	if a == nil || b == nil || a.cat != funcT || b.cat != funcT || len(a.arg) != len(b.arg) || len(a.ret) != len(b.ret) {
		return false
	}
	for i := range a.arg {
		if definedTypesDiffer(a.arg[i], b.arg[i]) {
			return true
		}
	}
	for i := range a.ret {
		if definedTypesDiffer(a.ret[i], b.ret[i]) {
			return true
		}
	}
	return false
}

// definedTypesDiffer reports whether x and y are two different defined
// types of interpreted code, or pointers to two such types.
func definedTypesDiffer(x, y *itype) bool {
	for x != nil && y != nil && x.cat == ptrT && y.cat == ptrT && x.name == "" && y.name == "" {
		x, y = x.val, y.val
	}
	if x == nil || y == nil || x == y || x.name == "" || y.name == "" || x.path == "" || y.path == "" {
		return false
	}
	if isInterface(x) || isInterface(y) || x.cat == valueT || y.cat == valueT {
		return false
	}
	return x.id() != y.id()
}

// typeParamSized reports whether n, a call of unsafe.Sizeof, Alignof or
// Offsetof in an instance of a generic func, has an argument whose type
// is made of a type argument of the instance: in Go, the call is not a
// constant then ("the size of a type parameter's type is not known
// before instantiation"), so 1 << unsafe.Sizeof(x) shifts at run time, and
// s[unsafe.Sizeof(x)] is checked at run time; the interpreter, which
// compiles instances with the type arguments in place, made it a
// constant ("constant 18446744073709551616 overflows int64", "index 8
// out of bounds"). A call in a constant or type declaration stays a
// constant (Go rejects it there when it depends on a type parameter).
func typeParamSized(n *node, sc *scope) bool {
	if len(n.child) < 2 || isInConstOrTypeDecl(n) || sc == nil {
		return false
	}
	def := sc.def
	for def != nil && def.kind != funcDecl {
		def = def.anc
	}
	if def == nil || len(def.param) == 0 {
		return false
	}
	arg := n.child[1]
	if arg.kind == selectorExpr && len(arg.child) > 0 { // Offsetof(x.f): x's type
		arg = arg.child[0]
	}
	for _, p := range def.param {
		if typeMentions(arg.typ, p, 0) {
			return true
		}
	}
	return false
}

// typeMentions reports whether t is p or is made of p (elements, keys,
// fields, parameters).
func typeMentions(t, p *itype, depth int) bool {
	if t == nil || p == nil || depth > 8 {
		return false
	}
	if t == p || t.id() == p.id() {
		return true
	}
	if t.name != "" && len(t.targs) == 0 {
		return false // another defined type
	}
	for _, a := range t.targs {
		if typeMentions(a, p, depth+1) {
			return true
		}
	}
	if typeMentions(t.val, p, depth+1) || typeMentions(t.key, p, depth+1) {
		return true
	}
	for _, f := range t.field {
		if typeMentions(f.typ, p, depth+1) {
			return true
		}
	}
	return false
}

// genFixedValue returns the generator of a node whose value is v at each
// evaluation, kept in its frame slot (a value known at compile time that
// is not a constant).
func genFixedValue(v reflect.Value) func(*node) {
	return func(n *node) {
		next := getExec(n.tnext)
		i, l := n.findex, n.level
		n.exec = func(f *frame) bltn {
			getFrame(f, l).data[i].Set(v)
			return next
		}
	}
}

// constCondBool returns the value of v, the value of a constant condition
// (if, for, case): a bool, or an interface holding a bool or a boolean
// constant.Value (!(level > 1) folded: reflect.Value.Bool panicked on it
// while the condition was compiled).
func constCondBool(v reflect.Value) bool {
	for v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if v.Kind() == reflect.Bool {
		return v.Bool()
	}
	if c, ok := v.Interface().(constant.Value); ok && c.Kind() == constant.Bool {
		return constant.BoolVal(c)
	}
	return v.Bool() // not a boolean: reflect's panic, as before
}

// shortConstLogical wires n, a && or || expression whose left operand is
// a constant and whose right one is not, as the constant decides: the
// right operand is evaluated only if it decides the result (level > 3 &&
// f() called f with const level = 2: the folded comparison is no branch,
// unlike a constant identifier, which branch handles).
func shortConstLogical(n *node) {
	c0, c1 := n.child[0], n.child[1]
	if n.rval.IsValid() || !c0.rval.IsValid() || c1.rval.IsValid() || !isBool(c0.typ) || n.start != c0.start || c0.start != c0 {
		return
	}
	v := constCondBool(c0.rval)
	if v == (n.kind == landExpr) {
		n.start = c1.start // true && x, false || x: x decides
	} else {
		n.start = n // false && x, true || x: x is not evaluated
	}
}
