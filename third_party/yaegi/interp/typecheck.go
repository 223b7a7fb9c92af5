package interp

import (
	"errors"
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"reflect"
	"sort"
	"strings"
)

type opPredicates map[action]func(reflect.Type) bool

// typecheck handles all type checking following "go/types" logic.
//
// Due to variant type systems (itype vs reflect.Type) a single
// type system should used, namely reflect.Type with exception
// of the untyped flag on itype.
type typecheck struct {
	scope *scope
	// frame is the scope of the node being checked, whose types are
	// the frame's (gonotes patch (s10-goroot): scope is the package's).
	frame *scope
}

// op type checks an expression against a set of expression predicates.
func (check typecheck) op(p opPredicates, a action, n, c *node, t reflect.Type) error {
	if pred := p[a]; pred != nil {
		if !pred(t) {
			if x := gcExpr(c); x != "" && (n.action == aInc || n.action == aDec) { // gonotes patch (s16-errwords): go/types' words
				return n.cfgErrorf("invalid operation: %s%v (non-numeric type %s)", x, n.action, n.gcTypeStr(c.typ))
			}
			if o := gcOperand(c); o != "" && c != n { // gonotes patch (s16-errwords): go/types' words
				return n.cfgErrorf("invalid operation: operator %v not defined on %s", a, o)
			}
			return n.cfgErrorf("invalid operation: operator %v not defined on %s", n.action, n.tname(c.typ)) // gonotes patch: tname
		}
	} else {
		return n.cfgErrorf("invalid operation: unknown operator %v", n.action)
	}
	return nil
}

// assignment checks if n can be assigned to typ.
//
// Use typ == nil to indicate assignment to an untyped blank identifier.
func (check typecheck) assignment(n *node, typ *itype, context string) error {
	if n.typ == nil {
		return n.cfgErrorf("invalid type in %s", context)
	}
	// gonotes patch (s16-errwords): nil given to a type without nil (var
	// n int = nil compiled).
	if n.typ.cat == nilT && typ != nil && context != "" && !typ.hasNil() && !isInterface(typ) {
		if rt := typ.TypeOf(); rt != nil {
			switch rt.Kind() {
			case reflect.Ptr, reflect.Slice, reflect.Map, reflect.Chan, reflect.Func, reflect.Interface, reflect.UnsafePointer:
			default:
				return n.cfgErrorf("cannot use nil as %s value in %s", n.gcTypeStr(typ), context)
			}
		}
	}
	if n.typ.untyped {
		if typ == nil || isInterface(typ) {
			if typ == nil && n.typ.cat == nilT {
				return n.cfgErrorf("use of untyped nil in %s", context)
			}
			it := typ
			typ = n.typ.defaultType(n.rval, check.scope)
			if err := untypedToIfaceError(n, it, context); err != nil { // gonotes patch (s18-errwords18)
				return err
			}
		}
		if err := check.convertUntyped(n, typ); err != nil {
			// gonotes patch (s19-errwords19): a constant of a kind the
			// type has no values of (true as a struct{}), in go/types'
			// words.
			if rt := typ.TypeOf(); context != "" && rt != nil && !isBasicReflectKind(rt.Kind()) && rt.Kind() != reflect.Interface && !n.typ.isNil() {
				if o := gcOperand(n); o != "" {
					return cannotUse(n, o, n.gcTypeStr(typ), context, "")
				}
			}
			return reprAssignError(n, err, context) // gonotes patch: go/types' words
		}
	}

	if typ == nil {
		return nil
	}

	if err := definedBasicError(n, typ, context); err != nil { // gonotes patch (s14-typeident)
		return err
	}
	if !n.typ.assignableTo(typ) && typ.str != "*unsafe2.dummy" {
		if err := definedAssignError(n, typ, context); err != nil { // gonotes patch (s13-misc)
			return err
		}
		if err := ifaceOrLitAssignError(n, typ, context); err != nil { // gonotes patch (s15-noticeda)
			return err
		}
		why := n.notImplemented(n.typ, typ)              // gonotes patch
		if o := gcOperand(n); o != "" && context != "" { // gonotes patch (s16-errwords): go/types' words
			return n.cfgErrorf("cannot use %s as %s value in %s%s", o, n.gcTypeStr(typ), context, why)
		}
		if context == "" {
			return n.cfgErrorf("cannot use type %s as type %s%s", n.tname(n.typ), n.tname(typ), why) // gonotes patch: tname
		}
		return n.cfgErrorf("cannot use type %s as type %s in %s%s", n.tname(n.typ), n.tname(typ), context, why) // gonotes patch: tname
	}
	return nil
}

// notImplemented returns, when it is an interface type that t does not
// implement, why, as gc says it: ": T does not implement I (missing method
// M)", "(method M has pointer receiver)" or "(wrong type for method M)";
// else "". gonotes patch (s13): a student assigning a T whose methods have
// pointer receivers was told only "cannot use type T as type I".
func (n *node) notImplemented(t, it *itype) string {
	if t == nil || it == nil || isBin(t) || !(isInterfaceSrc(it) || isInterfaceBin(it)) || isInterface(t) && !isInterfaceSrc(t) {
		return ""
	}
	need := it.methods()
	have := t.methods()
	names := make([]string, 0, len(need))
	for name := range need {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		sig, ok := have[name]
		switch {
		case !ok && t.cat != ptrT && !isInterfaceSrc(t) && t.methodSet(true, false)[name] != "":
			return fmt.Sprintf(": %s does not implement %s (method %s has pointer receiver)", n.gcTypeStr(t), n.gcTypeStr(it), name) // gonotes patch (s16-errwords): gcTypeStr
		case !ok:
			return fmt.Sprintf(": %s does not implement %s (missing method %s)", n.gcTypeStr(t), n.gcTypeStr(it), name) // gonotes patch (s16-errwords): gcTypeStr
		case sig != need[name] && !(methodSet{name: sig}).contains(methodSet{name: need[name]}):
			return fmt.Sprintf(": %s does not implement %s (wrong type for method %s)", n.gcTypeStr(t), n.gcTypeStr(it), name) // gonotes patch (s16-errwords): gcTypeStr
		}
	}
	return ""
}

// assignExpr type checks an assign expression.
//
// This is done per pair of assignments.
func (check typecheck) assignExpr(n, dest, src *node) error {
	if n.action == aAssign {
		isConst := n.anc.kind == constDecl
		if !isConst {
			// var operations must be typed
			dest.typ = dest.typ.defaultType(src.rval, check.scope)
		}

		return check.assignment(src, dest.typ, assignContext(n)) // gonotes patch: the context as go/types names it
	}

	// assignment operations.
	if n.nleft > 1 || n.nright > 1 {
		return n.cfgErrorf("assignment operation %s requires single-valued expressions", n.action)
	}

	return check.binaryExpr(n)
}

// addressExpr type checks a unary address expression.
func (check typecheck) addressExpr(n *node) error {
	c0 := n.child[0]
	// gonotes patch (s16-errwords): a map element is not addressable
	// (&m[k] compiled).
	if x := c0; x.kind == indexExpr && isMap(x.child[0].typ) {
		if o := gcOperand(x); o != "" {
			return n.cfgErrorf("invalid operation: cannot take address of %s", o)
		}
	}
	found := false
	for !found {
		switch c0.kind {
		case parenExpr:
			c0 = c0.child[0]
			continue
		case selectorExpr:
			c0 = c0.child[1]
			continue
		case starExpr:
			c0 = c0.child[0]
			continue
		case indexExpr, sliceExpr:
			c := c0.child[0]
			if isArray(c.typ) || isMap(c.typ) {
				c0 = c
				found = true
				continue
			}
			if c0.kind == indexExpr && isPtr(c.typ) && c.typ.val != nil && c.typ.val.TypeOf() != nil && c.typ.val.TypeOf().Kind() == reflect.Array {
				// gonotes patch: p[i] of a pointer to an array is (*p)[i],
				// a pointer indirection: addressable (&b[i] in a method of
				// *Boxes, a [256][]Lens).
				found = true
				continue
			}
		case compositeLitExpr, identExpr:
			found = true
			continue
		}
		if o := gcOperand(n.child[0]); o != "" { // gonotes patch (s16-errwords): go/types' words
			return n.cfgErrorf("invalid operation: cannot take address of %s", o)
		}
		return n.cfgErrorf("invalid operation: cannot take address of %s [kind: %s]", n.tname(c0.typ), kinds[c0.kind]) // gonotes patch: tname
	}
	return nil
}

// starExpr type checks a star expression on a variable.
func (check typecheck) starExpr(n *node) error {
	if n.typ.TypeOf().Kind() != reflect.Ptr {
		if o := gcOperand(n); o != "" { // gonotes patch (s16-errwords): go/types' words
			return n.cfgErrorf("invalid operation: cannot indirect %s", o)
		}
		return n.cfgErrorf("invalid operation: cannot indirect %q", n.name())
	}
	return nil
}

var unaryOpPredicates = opPredicates{
	aInc:    isNumber,
	aDec:    isNumber,
	aPos:    isNumber,
	aNeg:    isNumber,
	aBitNot: isInt,
	aNot:    isBoolean,
}

// unaryExpr type checks a unary expression.
func (check typecheck) unaryExpr(n *node) error {
	c0 := n.child[0]
	if isBlank(c0) {
		return n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
	}
	t0 := c0.typ.TypeOf()

	if n.action == aRecv {
		if !isChan(c0.typ) {
			if o := gcOperand(c0); o != "" { // gonotes patch (s17-errwords17): go/types' words
				return n.cfgErrorf("invalid operation: cannot receive from non-channel %s %s", n.tname(c0.typ), o)
			}
			return n.cfgErrorf("invalid operation: cannot receive from non-channel %s", n.tname(c0.typ)) // gonotes patch: tname
		}
		if isSendChan(c0.typ) {
			if o := gcOperand(c0); o != "" { // gonotes patch (s16-errwords): go/types' words
				return n.cfgErrorf("invalid operation: cannot receive from send-only channel %s %s", n.gcTypeStr(c0.typ), o)
			}
			return n.cfgErrorf("invalid operation: cannot receive from send-only channel %s", n.tname(c0.typ)) // gonotes patch: tname
		}
		return nil
	}

	return check.op(unaryOpPredicates, n.action, n, c0, t0)
}

// shift type checks a shift binary expression.
func (check typecheck) shift(n *node) error {
	c0, c1 := n.child[0], n.child[1]
	t0, t1 := c0.typ.TypeOf(), c1.typ.TypeOf()

	var v0 constant.Value
	if c0.typ.untyped && c0.rval.IsValid() {
		v0 = constant.ToInt(c0.rval.Interface().(constant.Value))
		c0.rval = reflect.ValueOf(v0)
	}

	if !(c0.typ.untyped && v0 != nil && v0.Kind() == constant.Int || isInt(t0)) {
		// gonotes patch (s16-errwords): go/types' words, with the operand.
		if c0.ident != "" && (c0.kind == identExpr || c0.kind == basicLit) {
			d := describeOperand(c0)
			if c0.typ.untyped && c0.rval.IsValid() {
				d = c0.ident + " (" + n.tname(c0.typ) + " constant)"
			}
			return n.cfgErrorf("invalid operation: shifted operand %s must be integer", d)
		}
		return n.cfgErrorf("invalid operation: shift of type %v", n.tname(c0.typ)) // gonotes patch: tname
	}

	switch {
	case c1.typ.untyped && !c1.rval.IsValid() && isInt(t1):
		// gonotes patch (s10-goroot): a non-constant shift of an untyped
		// constant as the count (1 << (1 << s)): its frame location was
		// made for an int, which it stays (typed as a uint, its value was
		// read with Value.Uint: "call of reflect.Value.Uint on int Value").
		c1.typ = check.scope.getType("int")
	case c1.typ.untyped:
		// gonotes patch (s16-errwords): a negative constant count, in
		// go/types' words.
		if cv := heldConst(c1.rval); cv != nil && cv.Kind() == constant.Int && constant.Sign(cv) < 0 {
			if x := gcExpr(c1); x != "" {
				return n.cfgErrorf("invalid operation: negative shift count %s (%s constant)", x, n.tname(c1.typ))
			}
		}
		if err := check.convertUntyped(c1, check.scope.getType("uint")); err != nil {
			// gonotes patch (s18-errwords18): a constant float count not
			// integral, in go/types' words ("2.5 (untyped float
			// constant) truncated to uint").
			if isReprError(err) && strings.Contains(err.Error(), " truncated to ") {
				return err
			}
			return n.cfgErrorf("invalid operation: shift count type %v, must be integer", n.tname(c1.typ)) // gonotes patch: tname
		}
	case isInt(t1):
		// nothing to do
	default:
		if o := gcOperand(c1); o != "" { // gonotes patch (s17-errwords17): go/types' words
			return n.cfgErrorf("invalid operation: shift count %s must be integer", o)
		}
		return n.cfgErrorf("invalid operation: shift count type %v, must be integer", n.tname(c1.typ)) // gonotes patch: tname
	}
	return nil
}

// comparison type checks a comparison binary expression.
func (check typecheck) comparison(n *node) error {
	t0, t1 := n.child[0].typ, n.child[1].typ

	if !t0.assignableTo(t1) && !t1.assignableTo(t0) {
		return mismatchedTypesErr(n, t0, t1)
	}

	// gonotes patch (s15-noticeda): a defined boolean type and bool (a
	// variable, a typed constant) are mismatched; an untyped boolean (a
	// comparison, which the interpreter types bool) is not.
	c0, c1 := n.child[0], n.child[1]
	if isDefinedBool(t0) && isPredeclaredBool(t1) && !untypedBoolExpr(c1) || isDefinedBool(t1) && isPredeclaredBool(t0) && !untypedBoolExpr(c0) {
		return mismatchedTypesErr(n, t0, t1)
	}

	ok := false

	if !isInterface(t0) && !isInterface(t1) && !t0.isNil() && !t1.isNil() && t0.untyped == t1.untyped && !sameID(t0.id(), t1.id()) && !typeDefined(t0, t1) && !chanDirOnly(t0, t1) && !definedAndUnnamed(t0, t1) && !definedAndUnnamed(t1, t0) { // gonotes patch: sameID; definedAndUnnamed (s11-fixa)
		// Non interface types must be really equals.
		if x := gcExpr(n); x != "" { // gonotes patch (s16-errwords): go/types' words
			return n.cfgErrorf("invalid operation: %s (mismatched types %s and %s)", x, n.gcTypeStr(t0), n.gcTypeStr(t1))
		}
		return n.cfgErrorf("invalid operation: mismatched types %s and %s", n.tname(t0), n.tname(t1)) // gonotes patch: tname
	}

	switch n.action {
	case aEqual, aNotEqual:
		ok = t0.comparable() && t1.comparable() || t0.isNil() && t1.hasNil() || t1.isNil() && t0.hasNil()
	case aLower, aLowerEqual, aGreater, aGreaterEqual:
		ok = t0.ordered() && t1.ordered()
	}
	if !ok {
		typ := t0
		if typ.isNil() {
			typ = t1
		}
		// gonotes patch (s19-errwords19): the operand that cannot be
		// compared (x == s with x an any and s a slice).
		if (n.action == aEqual || n.action == aNotEqual) && t0.comparable() && !t1.comparable() && !t1.isNil() {
			typ = t1
		}
		if err := incomparableErr(n, typ); err != nil { // gonotes patch (s16-errwords)
			return err
		}
		return n.cfgErrorf("invalid operation: operator %v not defined on %s", n.action, n.tname(typ)) // gonotes patch: tname
	}
	return nil
}

// incomparableErr returns go/types' error for the comparison n of values
// of type t, which cannot be compared: "a == b (slice can only be compared
// to nil)", "a == b (struct containing []int cannot be compared)", or nil.
// gonotes patch (s16-errwords).
func incomparableErr(n *node, t *itype) error {
	x := gcExpr(n)
	if x == "" {
		return nil
	}
	rt := t.TypeOf()
	if rt == nil {
		return nil
	}
	if n.action != aEqual && n.action != aNotEqual {
		// gonotes patch (s17-errwords17): an ordering of values of a type
		// that has none, named by its kind as go/types does.
		kind := n.gcTypeStr(t)
		switch rt.Kind() {
		case reflect.Array, reflect.Slice, reflect.Struct, reflect.Func, reflect.Interface, reflect.Map, reflect.Chan:
			kind = rt.Kind().String()
		case reflect.Ptr:
			kind = "pointer"
		}
		return n.cfgErrorf("invalid operation: %s (operator %v not defined on %s)", x, n.action, kind)
	}
	switch rt.Kind() {
	case reflect.Array: // gonotes patch (s17-errwords17)
		if !t.comparable() {
			return n.cfgErrorf("invalid operation: %s (%s cannot be compared)", x, n.gcTypeStr(t))
		}
	case reflect.Slice:
		return n.cfgErrorf("invalid operation: %s (slice can only be compared to nil)", x)
	case reflect.Map:
		return n.cfgErrorf("invalid operation: %s (map can only be compared to nil)", x)
	case reflect.Func:
		return n.cfgErrorf("invalid operation: %s (func can only be compared to nil)", x)
	case reflect.Struct:
		u := t
		for u.cat == linkedT && u.val != nil {
			u = u.val
		}
		if u.cat != structT {
			return nil
		}
		for _, f := range u.field {
			if f.typ != nil && !f.typ.comparable() {
				return n.cfgErrorf("invalid operation: %s (struct containing %s cannot be compared)", x, n.gcTypeStr(f.typ))
			}
		}
	}
	return nil
}

// definedAndUnnamed reports whether t1 is a defined type and t2 the type
// literal of its underlying type (type A [2]int; [2]int): their values are
// assignable to each other, and so comparable (gonotes patch, s11-fixa:
// typeDefined compares the itypes, and [2]int{1, 2} has an itype of its
// own).
func definedAndUnnamed(t1, t2 *itype) bool {
	if t1.name == "" || t2.name != "" || t2.cat == linkedT {
		return false
	}
	if t1.underlying().id() == t2.id() {
		return true
	}
	r1, r2 := t1.TypeOf(), t2.TypeOf()
	return r1 != nil && r1 == r2
}

var binaryOpPredicates = opPredicates{
	aAdd: func(typ reflect.Type) bool { return isNumber(typ) || isString(typ) },
	aSub: isNumber,
	aMul: isNumber,
	aQuo: isNumber,
	aRem: isInt,

	aAnd:    isInt,
	aOr:     isInt,
	aXor:    isInt,
	aAndNot: isInt,

	aLand: isBoolean,
	aLor:  isBoolean,
}

// binaryExpr type checks a binary expression.
func (check typecheck) binaryExpr(n *node) error {
	c0, c1 := n.child[0], n.child[1]

	if isBlank(c0) || isBlank(c1) {
		return n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
	}

	a := n.action
	if isAssignAction(a) {
		a--
	}

	if isShiftAction(a) {
		return check.shift(n)
	}

	// gonotes patch: as go/types, a constant zero divisor is an error if
	// the dividend is a constant or an integer (x / 0, x %= 0, a is the
	// operator of x op= y): a float or complex variable divided by 0 is
	// +Inf or NaN at run time.
	if (a == aQuo || a == aRem) && zeroConst(c1) && (isConstNode(c0) || c0.typ.untyped || isInt(c0.typ.TypeOf())) {
		return n.cfgErrorf("invalid operation: division by zero")
	}

	switch n.action {
	case aAdd:
		if n.typ == nil {
			break
		}
		// Catch mixing string and number for "+" operator use.
		k, k0, k1 := isNumber(n.typ.TypeOf()), isNumber(c0.typ.TypeOf()), isNumber(c1.typ.TypeOf())
		if !k && k0 && k1 && c0.typ.untyped && c1.typ.untyped && isString(n.typ.TypeOf()) && n.anc.kind == callExpr && len(n.anc.child) == 2 && n.anc.child[0].isType(check.scope) {
			// gonotes patch (s10-goroot): the untyped numeric constant
			// operand of a conversion to a string type (string('a' + 1),
			// string(iota + 'a')) was typed as the conversion's result: it is
			// a number, which the conversion makes a string.
			n.typ = c0.typ
			if c1.typ.TypeOf().Kind() > c0.typ.TypeOf().Kind() {
				n.typ = c1.typ
			}
			break
		}
		if k != k0 || k != k1 {
			return n.cfgErrorf("cannot use type %s as type %s in assignment", n.tname(c0.typ), n.tname(n.typ)) // gonotes patch: tname
		}
	case aQuo:
		if c0.rval.IsValid() && c1.rval.IsValid() {
			// Avoid constant conversions below to ensure correct constant integer quotient.
			return nil
		}
	}

	// gonotes patch (s16-errwords): nil and a type without nil (n == nil
	// with n an int ran, and panicked).
	if t0, t1 := c0.typ, c1.typ; isComparisonAction(a) && (t0.isNil() && !t1.isNil() && !t1.hasNil() && !t1.untyped || t1.isNil() && !t0.isNil() && !t0.hasNil() && !t0.untyped) {
		if x := gcExpr(n); x != "" {
			return n.cfgErrorf("invalid operation: %s (mismatched types %s and %s)", x, n.gcTypeStr(t0), n.gcTypeStr(t1))
		}
	}
	// gonotes patch (s16-errwords): an untyped constant does not become
	// an operand of a type that is not basic (x + 1 with x an any), as in
	// go/types: the types are mismatched.
	if c0.typ.untyped != c1.typ.untyped && !isComparisonAction(a) {
		if !c0.typ.untyped && !isBasicKind(c0.typ) || !c1.typ.untyped && !isBasicKind(c1.typ) || basicCategory(c0.typ) != basicCategory(c1.typ) && basicCategory(c0.typ) != "" && basicCategory(c1.typ) != "" {
			if x := gcExpr(n); x != "" && !isAssignAction(n.action) {
				return n.cfgErrorf("invalid operation: %s (mismatched types %s and %s)", x, n.gcTypeStr(c0.typ), n.gcTypeStr(c1.typ))
			}
		}
	}

	// gonotes patch (s18-errwords18): an untyped constant of another kind
	// (string, number, bool) than the typed operand of a comparison or of
	// an assignment operation (x == "1", s += 1): go/types says the types
	// are mismatched (yaegi: "cannot convert "1" (untyped string constant)
	// to type int").
	if c0.typ.untyped != c1.typ.untyped && (isComparisonAction(a) || isAssignAction(n.action)) {
		if k0, k1 := basicCategory(c0.typ), basicCategory(c1.typ); k0 != k1 && k0 != "" && k1 != "" {
			if isAssignAction(n.action) {
				if l, r := gcExpr(c0), gcExpr(c1); l != "" && r != "" && int(n.action) < len(actions) {
					return n.cfgErrorf("invalid operation: %s %s %s (mismatched types %s and %s)", l, actions[n.action], r, n.gcTypeStr(c0.typ), n.gcTypeStr(c1.typ))
				}
			} else if x := gcExpr(n); x != "" {
				return n.cfgErrorf("invalid operation: %s (mismatched types %s and %s)", x, n.gcTypeStr(c0.typ), n.gcTypeStr(c1.typ))
			}
		}
	}
	// gonotes patch: an untyped constant not representable in the type
	// of the other operand is an error ("200 (untyped int constant)
	// overflows int8"); other errors are reported below.
	if err := check.convertUntyped(c0, c1.typ); isReprError(err) {
		return err
	}
	if err := check.convertUntyped(c1, c0.typ); isReprError(err) {
		return err
	}

	if isComparisonAction(a) {
		return check.comparison(n)
	}

	if !c0.typ.equals(c1.typ) {
		if x := gcExpr(n); x != "" && !isAssignAction(n.action) { // gonotes patch (s16-errwords): go/types' words
			return n.cfgErrorf("invalid operation: %s (mismatched types %s and %s)", x, n.gcTypeStr(c0.typ), n.gcTypeStr(c1.typ))
		}
		if l, r := gcExpr(c0), gcExpr(c1); l != "" && r != "" && isAssignAction(n.action) && int(n.action) < len(actions) { // gonotes patch (s17-errwords17): x += y in go/types' words
			return n.cfgErrorf("invalid operation: %s %s %s (mismatched types %s and %s)", l, actions[n.action], r, n.gcTypeStr(c0.typ), n.gcTypeStr(c1.typ))
		}
		return n.cfgErrorf("invalid operation: mismatched types %s and %s", n.tname(c0.typ), n.tname(c1.typ)) // gonotes patch: tname
	}

	t0 := c0.typ.TypeOf()

	return check.op(binaryOpPredicates, a, n, c0, t0)
}

// isBasicKind reports whether t is of a basic kind (a boolean, numeric or
// string type), with which an untyped constant may mix. gonotes patch
// (s16-errwords).
func isBasicKind(t *itype) bool {
	rt := t.TypeOf()
	if rt == nil {
		return true // not known: no error
	}
	switch rt.Kind() {
	case reflect.Interface, reflect.Struct, reflect.Slice, reflect.Map, reflect.Func, reflect.Chan, reflect.Ptr, reflect.Array, reflect.UnsafePointer:
		return false
	}
	return true
}

func zeroConst(n *node) bool {
	// gonotes patch: a typed constant zero too (const z int = 0; x / z).
	c, ok := exactConst(n.rval)
	return ok && isConstNode(n) && c.Kind() != constant.String && c.Kind() != constant.Bool && constant.Sign(c) == 0
}

func (check typecheck) index(n *node, max int) error {
	if err := check.convertUntyped(n, check.scope.getType("int")); err != nil {
		return err
	}

	if !isInt(n.typ.TypeOf()) {
		if o := gcOperand(n); o != "" { // gonotes patch (s17-errwords17): go/types' words
			return n.cfgErrorf("invalid argument: index %s must be integer", o)
		}
		return n.cfgErrorf("index %s must be integer", n.tname(n.typ)) // gonotes patch: tname
	}

	// gonotes patch: a constant index must not be negative, and must be
	// in range if max is known, in go/types' words ("invalid argument:
	// index 5 out of bounds [0:3]").
	if !n.rval.IsValid() {
		return nil
	}
	if max < 1 {
		max = -1
	}
	return constIndex(n, max)
}

// arrayLitExpr type checks an array composite literal expression.
func (check typecheck) arrayLitExpr(child []*node, typ *itype) error {
	cat := typ.cat
	length := typ.length
	typ = typ.val
	visited := make(map[int]bool, len(child))
	index := 0
	for _, c := range child {
		n := c
		switch {
		case c.kind == keyValueExpr:
			if err := check.index(c.child[0], length); err != nil {
				if c.child[0].rval.IsValid() && c.child[0].typ != nil && isInt(c.child[0].typ.TypeOf()) {
					return err // gonotes patch (s19-errwords19): go/types' words for a constant index out of range or negative
				}
				return c.cfgErrorf("index %s must be integer constant", c.tname(c.child[0].typ)) // gonotes patch: tname
			}
			n = c.child[1]
			index = int(vInt(c.child[0].rval))
		case cat == arrayT && index >= length:
			return c.cfgErrorf("index %d is out of bounds (>= %d)", index, length)
		}

		if visited[index] {
			return n.cfgErrorf("duplicate index %d in array or slice literal", index)
		}
		visited[index] = true
		index++

		if err := check.assignment(n, typ, "array or slice literal"); err != nil {
			return err
		}
	}
	return nil
}

// mapLitExpr type checks an map composite literal expression.
func (check typecheck) mapLitExpr(child []*node, ktyp, vtyp *itype) error {
	visited := make(map[interface{}]bool, len(child))
	for _, c := range child {
		if c.kind != keyValueExpr {
			return c.cfgErrorf("missing key in map literal")
		}

		key, val := c.child[0], c.child[1]
		if err := check.assignment(key, ktyp, "map literal"); err != nil {
			return err
		}

		// gonotes patch (s11-gen): in an instance of a generic function a
		// key converted to a type parameter (T(0)) is not a constant in
		// Go, and may equal another key (map[any]int{int(0): 0, T(0): 1}
		// with T int): the later one wins, as at run time.
		if key.rval.IsValid() && !hasTypeArg(key) {
			kval := key.rval.Interface()
			vkey := kval
			if isInterface(ktyp) {
				// gonotes patch: keys of an interface type are equal if
				// their dynamic types are (map[any]int{Code(1): 1, 1: 2}).
				vkey = [2]interface{}{dynKey(key.typ), kval}
			}
			if visited[vkey] { // gonotes patch: vkey
				if x := constValueString(key.rval); x != "" { // gonotes patch (s19-errwords19): go/types writes the key's value ("home" for home, 0.5 for 1.0 / 2)
					return c.cfgErrorf("duplicate key %s in map literal", x)
				}
				if x := gcExpr(key); x != "" { // gonotes patch (s16-errwords): the key as written ("a")
					return c.cfgErrorf("duplicate key %s in map literal", x)
				}
				return c.cfgErrorf("duplicate key %s in map literal", kval)
			}
			visited[vkey] = true // gonotes patch: vkey
		}

		if err := check.assignment(val, vtyp, "map literal"); err != nil {
			return err
		}
	}
	return nil
}

// structLitExpr type checks a struct composite literal expression.
func (check typecheck) structLitExpr(child []*node, typ *itype) error {
	if len(child) == 0 {
		return nil
	}

	if child[0].kind == keyValueExpr {
		// All children must be keyValueExpr
		visited := make([]bool, len(typ.field))
		for _, c := range child {
			if c.kind != keyValueExpr {
				return c.cfgErrorf("mixture of field:value and value elements in struct literal")
			}

			key, val := c.child[0], c.child[1]
			name := key.ident
			if name == "" {
				return c.cfgErrorf("invalid field name %s in struct literal", c.tname(key.typ)) // gonotes patch: tname
			}
			i := typ.fieldIndex(name)
			if i < 0 {
				return c.cfgErrorf("unknown field %s in struct literal of type %s", name, c.gcTypeStr(typ)) // gonotes patch (s16-errwords): of type
			}
			field := typ.field[i]

			if err := check.assignment(val, field.typ, "struct literal"); err != nil {
				return err
			}

			if visited[i] {
				return c.cfgErrorf("duplicate field name %s in struct literal", name)
			}
			visited[i] = true
		}
		return nil
	}

	// No children can be keyValueExpr
	for i, c := range child {
		if c.kind == keyValueExpr {
			return c.cfgErrorf("mixture of field:value and value elements in struct literal")
		}

		if i >= len(typ.field) {
			return c.cfgErrorf("too many values in struct literal of type %s", c.gcTypeStr(typ)) // gonotes patch (s16-errwords): of type
		}
		field := typ.field[i]
		// TODO(nick): check if this field is not exported and in a different package.

		if err := check.assignment(c, field.typ, "struct literal"); err != nil {
			return err
		}
	}
	if len(child) < len(typ.field) {
		return child[len(child)-1].cfgErrorf("too few values in struct literal of type %s", child[0].gcTypeStr(typ)) // gonotes patch (s16-errwords): of type
	}
	return nil
}

// structBinLitExpr type checks a struct composite literal expression on a binary type.
func (check typecheck) structBinLitExpr(child []*node, typ reflect.Type) error {
	if len(child) == 0 {
		return nil
	}

	if child[0].kind == keyValueExpr {
		// All children must be keyValueExpr
		visited := make(map[string]bool, typ.NumField())
		for _, c := range child {
			if c.kind != keyValueExpr {
				return c.cfgErrorf("mixture of field:value and value elements in struct literal")
			}

			key, val := c.child[0], c.child[1]
			name := key.ident
			if name == "" {
				return c.cfgErrorf("invalid field name %s in struct literal", c.tname(key.typ)) // gonotes patch: tname
			}
			field, ok := typ.FieldByName(name)
			if !ok {
				return c.cfgErrorf("unknown field %s in struct literal of type %s", name, gcBinTypeStr(typ)) // gonotes patch (s16-errwords): of type; (s18-errwords18) gcBinTypeStr
			}
			// gonotes patch (s18-errwords18): an unexported field of a
			// compiled package's type (time.Time{wall: 1}) panicked in
			// reflect at run time.
			if field.PkgPath != "" && typ.PkgPath() != "" && typ.PkgPath() != "main" {
				return c.cfgErrorf("cannot refer to unexported field %s in struct literal of type %s", name, gcBinTypeStr(typ)) // gonotes patch (s19-errwords19): gcBinTypeStr
			}

			if err := check.assignment(val, valueTOf(field.Type), "struct literal"); err != nil {
				return err
			}

			if visited[field.Name] {
				return c.cfgErrorf("duplicate field name %s in struct literal", name)
			}
			visited[field.Name] = true
		}
		return nil
	}

	// No children can be keyValueExpr
	for i, c := range child {
		if c.kind == keyValueExpr {
			return c.cfgErrorf("mixture of field:value and value elements in struct literal")
		}

		if i >= typ.NumField() {
			return c.cfgErrorf("too many values in struct literal of type %s", typ) // gonotes patch (s16-errwords): of type
		}
		field := typ.Field(i)
		if !canExport(field.Name) {
			return c.cfgErrorf("implicit assignment to unexported field %s in struct literal of type %s", field.Name, gcBinTypeStr(typ)) // gonotes patch (s19-errwords19): go/types' words
		}

		if err := check.assignment(c, valueTOf(field.Type), "struct literal"); err != nil {
			return err
		}
	}
	if len(child) < typ.NumField() {
		return child[len(child)-1].cfgErrorf("too few values in struct literal of type %s", typ) // gonotes patch (s16-errwords): of type
	}
	return nil
}

// sliceExpr type checks a slice expression.
func (check typecheck) sliceExpr(n *node) error {
	for _, c := range n.child {
		if isBlank(c) {
			return n.cfgErrorf("cannot use _ as value or type") // gonotes patch (s17-errwords17): go/types' words
		}
	}

	c, child := n.child[0], n.child[1:]

	t := c.typ.TypeOf()
	// gonotes patch (s16-errwords): an array that is not addressable (a
	// call's result) cannot be sliced (arr()[1:] compiled).
	if t != nil && t.Kind() == reflect.Array && notAddressable(c) && c.kind != basicLit {
		if o := gcOperand(c); o != "" {
			return n.cfgErrorf("cannot slice unaddressable value %s", o)
		}
	}
	var low, high, max *node
	if len(child) >= 1 {
		if n.action == aSlice {
			low = child[0]
		} else {
			high = child[0]
		}
	}
	if len(child) >= 2 {
		if n.action == aSlice {
			high = child[1]
		} else {
			max = child[1]
		}
	}
	if len(child) == 3 && n.action == aSlice {
		max = child[2]
	}

	l := -1
	valid := false
	switch t.Kind() {
	case reflect.String:
		valid = true
		if c.rval.IsValid() {
			l = len(vString(c.rval))
		}
		if max != nil {
			return max.cfgErrorf("invalid operation: 3-index slice of string")
		}
	case reflect.Array:
		valid = true
		l = t.Len()
		// TODO(marc): check addressable status of array object (i.e. composite arrays are not).
	case reflect.Slice:
		valid = true
	case reflect.Ptr:
		if t.Elem().Kind() == reflect.Array {
			valid = true
			l = t.Elem().Len()
		}
	}
	if !valid {
		if o := gcOperand(c); o != "" { // gonotes patch (s17-errwords17): go/types' words
			return c.cfgErrorf("cannot slice %s", o)
		}
		return c.cfgErrorf("cannot slice type %s", c.tname(c.typ)) // gonotes patch: tname
	}

	var ind [3]int64
	for i, nod := range []*node{low, high, max} {
		x := int64(-1)
		switch {
		case nod != nil:
			max := -1
			if l >= 0 {
				max = l + 1
			}
			if err := check.index(nod, max); err != nil {
				return err
			}
			if nod.rval.IsValid() {
				x = vInt(nod.rval)
			}
		case i == 0:
			x = 0
		case l >= 0:
			x = int64(l)
		}
		ind[i] = x
	}

	for i, x := range ind[:len(ind)-1] {
		if x <= 0 {
			continue
		}
		for _, y := range ind[i+1:] {
			if y < 0 || x <= y {
				continue
			}
			return n.cfgErrorf("invalid slice indices: %d < %d", y, x) // gonotes patch: go/types' words
		}
	}
	return nil
}

// typeAssertionExpr type checks a type assert expression. In an instance
// of a generic function or method (instance), an assertion that cannot
// succeed is allowed, as Go checks the generic code and not its instances
// (x.(A) with x an I[T] and A a type argument that does not implement
// I[T]): it fails at run time. gonotes patch (s11-gen): it was refused as
// "impossible type assertion".
func (check typecheck) typeAssertionExpr(n *node, typ *itype, instance bool) error {
	// TODO(nick): This type check is not complete and should be revisited once
	// https://github.com/golang/go/issues/39717 lands. It is currently impractical to
	// type check Named types as they cannot be asserted.

	if rt := n.typ.TypeOf(); rt.Kind() != reflect.Interface && rt != valueInterfaceType {
		if o := gcOperand(n); o != "" && !inTypeSwitch(n) { // gonotes patch (s16-errwords): go/types' words
			return n.cfgErrorf("invalid operation: %s is not an interface", o)
		} else if o != "" {
			return n.cfgErrorf("%s is not an interface", o)
		}
		return n.cfgErrorf("invalid type assertion: non-interface type %s on left", n.tname(n.typ)) // gonotes patch: tname
	}
	ims := n.typ.methods()
	if len(ims) == 0 || instance { // gonotes patch: instance
		// Empty interface must be a dynamic check.
		return nil
	}

	if isInterface(typ) {
		// Asserting to an interface is a dynamic check as we must look to the
		// underlying struct.
		return nil
	}

	var tms methodSet // gonotes patch: typ's method set, when needed
	for name := range ims {
		im := lookupFieldOrMethod(n.typ, name)
		tm := lookupFieldOrMethod(typ, name)
		if im == nil {
			// gonotes patch (s14-typeident): a method of a compiled
			// interface (io.Writer's Write) is not a field lookup finds:
			// typ's method of that name must have its signature (a
			// method set's signatures have no receiver).
			if tms == nil {
				tms = typ.methods()
			}
			if sig, ok := tms[name]; ok && sig != ims[name] {
				return n.cfgErrorf("impossible type assertion: %s does not implement %s (wrong type for method %s)", n.tname(typ), n.tname(n.typ), name)
			}
			continue
		}
		if tm == nil {
			// Lookup for non-exported methods is impossible
			// for bin types, ignore them as they can't be used
			// directly by the interpreted programs.
			if !token.IsExported(name) && isBin(typ) {
				continue
			}
			// gonotes patch: a method promoted from an embedded interface
			// (struct{ Store }) is in the type's method set, not a method
			// lookupFieldOrMethod finds.
			if tms == nil {
				tms = typ.methods()
			}
			if _, ok := tms[name]; ok {
				continue
			}
			return n.cfgErrorf("impossible type assertion: %s does not implement %s (missing %v method)", n.tname(typ), n.tname(n.typ), name) // gonotes patch: tname
		}
		if tm.recv != nil && tm.recv.TypeOf().Kind() == reflect.Ptr && typ.TypeOf().Kind() != reflect.Ptr {
			// gonotes patch (s14-public9b): not when the method is promoted
			// through an embedded pointer (struct{ *Base }): it is in the
			// value's method set.
			if _, index := typ.lookupMethod(name); !embedPathHasPtr(typ, index) {
				return n.cfgErrorf("impossible type assertion: %s does not implement %s as %q method has a pointer receiver", n.tname(typ), n.tname(n.typ), name) // gonotes patch: tname
			}
		}

		if im.cat != funcT || tm.cat != funcT {
			// It only makes sense to compare in/out parameter types if both types are functions.
			// gonotes patch (s14-typeident): else their signatures in
			// the method sets (a compiled interface's method).
			if tms == nil {
				tms = typ.methods()
			}
			if sig, ok := tms[name]; ok && sig != ims[name] {
				return n.cfgErrorf("impossible type assertion: %s does not implement %s (wrong type for method %s)", n.tname(typ), n.tname(n.typ), name)
			}
			continue
		}

		err := n.cfgErrorf("impossible type assertion: %s does not implement %s", n.tname(typ), n.tname(n.typ)) // gonotes patch: tname
		if im.numIn() != tm.numIn() || im.numOut() != tm.numOut() {
			return err
		}
		for i := 0; i < im.numIn(); i++ {
			if !im.in(i).equals(tm.in(i)) {
				return err
			}
		}
		for i := 0; i < im.numOut(); i++ {
			if !im.out(i).equals(tm.out(i)) {
				return err
			}
		}
	}
	return nil
}

// conversion type checks the conversion of n to typ.
func (check typecheck) conversion(n *node, typ *itype) error {
	// gonotes patch (s19-errwords19): a conversion to a constraint
	// interface (Num(3)) is gc's error; it ran.
	if typ != nil && (typ.cat == comparableT || typ.cat == interfaceT && (len(typ.constraint) > 0 || len(typ.ulconstraint) > 0)) {
		return n.cfgErrorf("cannot use interface %s in conversion (contains specific type constraints or is comparable)", n.gcTypeStr(typ))
	}
	var c constant.Value
	if n.rval.IsValid() {
		if con, ok := n.rval.Interface().(constant.Value); ok {
			c = con
		}
	}

	// gonotes patch: a typed constant is converted exactly too
	// (int8(c), c an int16 constant 200, overflows).
	typedConst := false
	if c == nil && isConstType(n.typ) && isConstType(typ) && isConstNode(n) {
		c, typedConst = exactConst(n.rval)
	}

	var ok bool
	switch {
	case c != nil && isConstType(typ):
		switch t := typ.TypeOf(); {
		case representableConst(c, t):
			ok = true
		case typedConst && isInt(n.typ.TypeOf()) && isString(t):
			ok = true // gonotes patch: converted by the conversion itself
		case isInt(n.typ.TypeOf()) && isString(t),
			// gonotes patch (s11-fixa): an untyped integer constant typed
			// from the context (string(1 << 100): the shift's type is the
			// conversion's).
			!typedConst && c.Kind() == constant.Int && isString(t):
			codepoint := int64(-1)
			if i, ok := constant.Int64Val(c); ok {
				codepoint = i
			}
			n.rval = reflect.ValueOf(constant.MakeString(string(rune(codepoint))))
			ok = true
		}

	case n.typ.convertibleTo(typ):
		ok = true
	}
	if !ok {
		if c != nil && isConstType(typ) { // gonotes patch: go/types' words
			tname := gcTypeName(typ)
			if n.anc != nil && n.anc.kind == callExpr && n.anc.child[0] != n {
				tname = constExprString(n.anc.child[0]) // as written: byte, not uint8
			}
			if isInt(n.typ.TypeOf()) && isInt(typ.TypeOf()) {
				return n.cfgErrorf("constant %s overflows %s", c.String(), tname)
			}
			if r := constant.ToInt(c); isInt(typ.TypeOf()) && r.Kind() == constant.Int {
				c = r // go/types prints the value rounded to the type (1e10: 10000000000)
			}
			return n.cfgErrorf("cannot convert %s to type %s", constOperand(n, c, nil), tname)
		}
		if o := gcOperand(n); o != "" { // gonotes patch (s16-errwords): go/types' words
			why := ""
			if !n.typ.untyped {
				why = n.notImplemented(n.typ, typ) // gonotes patch (s19-errwords19): and why, to an interface
			}
			return n.cfgErrorf("cannot convert %s to type %s%s", o, n.gcTypeStr(typ), why)
		}
		return n.cfgErrorf("cannot convert expression of type %s to type %s", n.tname(n.typ), n.tname(typ)) // gonotes patch: tname
	}
	if typedConst || !n.typ.untyped || c == nil { // gonotes patch: typedConst
		return nil
	}
	if isInterface(typ) || !isConstType(typ) {
		typ = n.typ.defaultType(n.rval, check.scope)
	}
	return check.convertUntyped(n, typ)
}

type param struct {
	nod *node
	typ *itype
}

func (p param) Type() *itype {
	if p.typ != nil {
		return p.typ
	}
	return p.nod.typ
}

// unpackParams unpacks child parameters into a slice of param.
// If there is only 1 child and it is a callExpr with an n-value return,
// the return types are returned, otherwise the original child nodes are
// returned with nil typ.
func (check typecheck) unpackParams(child []*node) (params []param) {
	if len(child) == 1 && isCall(child[0]) && child[0].child[0].typ.numOut() > 1 {
		c0 := child[0]
		ftyp := child[0].child[0].typ
		for i := 0; i < ftyp.numOut(); i++ {
			params = append(params, param{nod: c0, typ: ftyp.out(i)})
		}
		return params
	}

	for _, c := range child {
		params = append(params, param{nod: c})
	}
	return params
}

var builtinFuncs = map[string]struct {
	args     int
	variadic bool
}{
	bltnAlignof:  {args: 1, variadic: false},
	bltnAppend:   {args: 1, variadic: true},
	bltnCap:      {args: 1, variadic: false},
	bltnClose:    {args: 1, variadic: false},
	bltnComplex:  {args: 2, variadic: false},
	bltnImag:     {args: 1, variadic: false},
	bltnCopy:     {args: 2, variadic: false},
	bltnDelete:   {args: 2, variadic: false},
	bltnLen:      {args: 1, variadic: false},
	bltnMake:     {args: 1, variadic: true},
	bltnNew:      {args: 1, variadic: false},
	bltnOffsetof: {args: 1, variadic: false},
	bltnPanic:    {args: 1, variadic: false},
	bltnPrint:    {args: 0, variadic: true},
	bltnPrintln:  {args: 0, variadic: true},
	bltnReal:     {args: 1, variadic: false},
	bltnRecover:  {args: 0, variadic: false},
	bltnSizeof:   {args: 1, variadic: false},
	bltnMin:      {args: 1, variadic: true},  // gonotes patch
	bltnMax:      {args: 1, variadic: true},  // gonotes patch
	bltnClear:    {args: 1, variadic: false}, // gonotes patch
}

func (check typecheck) builtin(name string, n *node, child []*node, ellipsis bool) error {
	fun := builtinFuncs[name]
	if ellipsis && name != bltnAppend {
		return n.cfgErrorf("invalid operation: invalid use of ... with built-in %s", name) // gonotes patch (s19-errwords19): go/types' words
	}

	var params []param
	nparams := len(child)
	switch name {
	case bltnMake, bltnNew:
		// Special param handling
	default:
		params = check.unpackParams(child)
		nparams = len(params)
	}

	if nparams < fun.args {
		if x := gcExpr(n); x != "" { // gonotes patch (s17-errwords17): go/types' words
			return n.cfgErrorf("invalid operation: not enough arguments for %s (expected %d, found %d)", x, fun.args, nparams)
		}
		return n.cfgErrorf("not enough arguments in call to %s", name)
	} else if !fun.variadic && nparams > fun.args {
		if x := gcExpr(n); x != "" { // gonotes patch (s17-errwords17): go/types' words
			return n.cfgErrorf("invalid operation: too many arguments for %s (expected %d, found %d)", x, fun.args, nparams)
		}
		return n.cfgErrorf("too many arguments for %s", name)
	}

	switch name {
	case bltnMin, bltnMax: // gonotes patch
		return check.checkMinMax(name, params)
	case bltnClear: // gonotes patch
		return check.checkClear(params)
	case bltnAppend:
		typ := params[0].Type()
		t := typ.TypeOf()
		if t == nil || t.Kind() != reflect.Slice {
			if o := gcOperand(params[0].nod); o != "" { // gonotes patch (s16-errwords): go/types' words
				return params[0].nod.cfgErrorf("invalid append: argument must be a slice; have %s", o)
			}
			return params[0].nod.cfgErrorf("first argument to append must be slice; have %s", params[0].nod.tname(typ)) // gonotes patch: tname
		}

		if nparams == 1 {
			return nil
		}
		// Special case append([]byte, "test"...) is allowed.
		t1 := params[1].Type()
		if nparams == 2 && ellipsis && t.Elem().Kind() == reflect.Uint8 && t1.TypeOf().Kind() == reflect.String {
			if t1.untyped {
				return check.convertUntyped(params[1].nod, check.scope.getType("string"))
			}
			return nil
		}

		elem := valueTOf(t.Elem())
		if u := typ.underlying(); u.cat == sliceT && u.val != nil && (u.val.cat == uint8T || u.val.cat == int32T) {
			elem = u.val // gonotes patch: byte or rune as written, in errors (tname)
		} else if u.cat == sliceT && u.val != nil && (isNamedBasic(u.val) || u.val.cat == linkedT && u.val.name != "" && !isInterfaceSrc(u.val)) {
			elem = u.val // gonotes patch (s13-misc): a defined or predeclared basic type as written: append([]int{}, c) with c a Celsius is an error
		} else if u.cat == sliceT && u.val != nil && isInterfaceSrc(u.val) && u.val.name != "" {
			elem = u.val // gonotes patch (s17-redecl): an interface of the source, with its methods: append(speakers, Dog{}) where Speak has a pointer receiver is an error
		}
		fun := &node{
			typ: &itype{
				cat: funcT,
				arg: []*itype{
					typ,
					{cat: variadicT, val: elem}, // gonotes patch: was valueTOf(t.Elem())
				},
				ret: []*itype{typ},
			},
			ident: "append",
		}
		return check.arguments(n, child, fun, ellipsis)
	case bltnCap, bltnLen:
		typ := arrayDeref(params[0].Type())
		ok := false
		switch typ.TypeOf().Kind() {
		case reflect.Array, reflect.Slice, reflect.Chan:
			ok = true
		case reflect.String, reflect.Map:
			ok = name == bltnLen
		}
		if !ok {
			if o := gcOperand(params[0].nod); o != "" { // gonotes patch (s16-errwords): go/types' words
				return params[0].nod.cfgErrorf("invalid argument: %s for built-in %s", o, name)
			}
			return params[0].nod.cfgErrorf("invalid argument for %s", name)
		}
	case bltnClose:
		p := params[0]
		typ := p.Type()
		t := typ.TypeOf()
		if t.Kind() != reflect.Chan {
			if o := gcOperand(p.nod); o != "" { // gonotes patch (s19-errwords19): go/types' words
				return p.nod.cfgErrorf("invalid operation: cannot close non-channel %s", o)
			}
			return p.nod.cfgErrorf("invalid operation: non-chan type %s", p.nod.tname(p.nod.typ)) // gonotes patch: tname
		}
		if t.ChanDir() == reflect.RecvDir {
			if o := gcOperand(p.nod); o != "" { // gonotes patch (s16-errwords): go/types' words
				return p.nod.cfgErrorf("invalid operation: cannot close receive-only channel %s", o)
			}
			return p.nod.cfgErrorf("invalid operation: cannot close receive-only channel")
		}
	case bltnComplex:
		var err error
		p0, p1 := params[0], params[1]
		typ0, typ1 := p0.Type(), p1.Type()
		switch {
		case typ0.untyped && !typ1.untyped:
			err = check.convertUntyped(p0.nod, typ1)
		case !typ0.untyped && typ1.untyped:
			err = check.convertUntyped(p1.nod, typ0)
		case typ0.untyped && typ1.untyped:
			fltType := untypedFloat(nil)
			err = check.convertUntyped(p0.nod, fltType)
			if err != nil {
				break
			}
			err = check.convertUntyped(p1.nod, fltType)
		}
		if err != nil {
			return err
		}

		// check we have the correct types after conversion.
		typ0, typ1 = p0.Type(), p1.Type()
		if !typ0.equals(typ1) {
			if x := gcExpr(n); x != "" { // gonotes patch (s19-errwords19): go/types' words
				return n.cfgErrorf("invalid operation: %s (mismatched types %s and %s)", x, n.gcTypeStr(typ0), n.gcTypeStr(typ1))
			}
			return n.cfgErrorf("invalid operation: mismatched types %s and %s", n.tname(typ0), n.tname(typ1)) // gonotes patch: tname
		}
		if !isFloat(typ0.TypeOf()) {
			return n.cfgErrorf("invalid argument: arguments have type %s, expected floating-point", n.tname(typ0)) // gonotes patch: tname; s19-errwords19: go/types' "invalid argument"
		}
	case bltnImag, bltnReal:
		p := params[0]
		typ := p.Type()
		// gonotes patch (s19-errwords19): go/types' words for an
		// argument that is not a complex number (real(n), imag("1i")).
		if rt := typ.TypeOf(); rt == nil || !isComplex(rt) && !(typ.untyped && isNumber(rt)) {
			return p.nod.cfgErrorf("invalid argument: argument has type %s, expected complex type", p.nod.gcTypeStr(typ))
		}
		if typ.untyped {
			if err := check.convertUntyped(p.nod, untypedComplex(nil)); err != nil {
				return err
			}
		}
		typ = p.Type()
		if !isComplex(typ.TypeOf()) {
			return p.nod.cfgErrorf("invalid argument type %s for %s", p.nod.tname(typ), name) // gonotes patch: tname
		}
	case bltnCopy:
		typ0, typ1 := params[0].Type(), params[1].Type()
		var t0, t1 reflect.Type
		if t := typ0.TypeOf(); t.Kind() == reflect.Slice {
			t0 = t.Elem()
		}

		switch t := typ1.TypeOf(); t.Kind() {
		case reflect.String:
			t1 = reflect.TypeOf(byte(1))
		case reflect.Slice:
			t1 = t.Elem()
		}

		if t0 == nil || t1 == nil {
			// gonotes patch (s19-errwords19): go/types' words.
			bad := params[0].nod
			if t0 != nil {
				bad = params[1].nod
			}
			if o := gcOperand(bad); o != "" {
				return n.cfgErrorf("invalid copy: argument must be a slice; have %s", o)
			}
			return n.cfgErrorf("copy expects slice arguments")
		}
		if !reflect.DeepEqual(t0, t1) {
			if o0, o1 := gcOperand(params[0].nod), gcOperand(params[1].nod); o0 != "" && o1 != "" && typ0.val != nil && typ1.val != nil { // gonotes patch (s16-errwords): go/types' words
				return n.cfgErrorf("invalid copy: arguments %s and %s have different element types %s and %s", o0, o1, n.gcTypeStr(typ0.val), n.gcTypeStr(typ1.val))
			}
			if o0, o1 := gcOperand(params[0].nod), gcOperand(params[1].nod); o0 != "" && o1 != "" && typ0.val != nil && t1.Kind() == reflect.Uint8 && typ1.TypeOf().Kind() == reflect.String { // gonotes patch (s19-errwords19): copy(ints, "abc")
				return n.cfgErrorf("invalid copy: arguments %s and %s have different element types %s and byte", o0, o1, n.gcTypeStr(typ0.val))
			}
			return n.cfgErrorf("arguments to copy have different element types %s and %s", n.tname(typ0), n.tname(typ1)) // gonotes patch: tname
		}
	case bltnDelete:
		typ := params[0].Type()
		if typ.TypeOf().Kind() != reflect.Map {
			if o := gcOperand(params[0].nod); o != "" { // gonotes patch (s16-errwords): go/types' words
				return params[0].nod.cfgErrorf("invalid argument: %s is not a map", o)
			}
			return params[0].nod.cfgErrorf("first argument to delete must be map; have %s", params[0].nod.tname(typ)) // gonotes patch: tname
		}
		ktyp := params[1].Type()
		if typ.key != nil && !ktyp.assignableTo(typ.key) {
			if o := gcOperand(params[1].nod); o != "" { // gonotes patch (s19-errwords19): go/types' words
				return params[1].nod.cfgErrorf("cannot use %s as %s value in argument to delete", o, params[1].nod.gcTypeStr(typ.key))
			}
			return params[1].nod.cfgErrorf("cannot use %s as type %s in delete", params[1].nod.tname(ktyp), params[1].nod.tname(typ.key)) // gonotes patch: tname
		}
	case bltnMake:
		// gonotes patch (s19-errwords19): make(chan Num) of a
		// constraint interface Num is gc's error.
		if err := constraintUseError(child[0], child[0].typ); err != nil {
			return err
		}
		var min int
		switch child[0].typ.TypeOf().Kind() {
		case reflect.Slice:
			min = 2
		case reflect.Map, reflect.Chan:
			min = 1
		default:
			if x := gcExpr(child[0]); x != "" { // gonotes patch (s16-errwords): go/types' words
				return child[0].cfgErrorf("invalid argument: cannot make %s: type must be slice, map, or channel", x)
			}
			return child[0].cfgErrorf("cannot make %s; type must be slice, map, or channel", child[0].tname(child[0].typ)) // gonotes patch: tname
		}
		if nparams < min || nparams > min+1 {
			// gonotes patch (s16-errwords): go/types' words.
			if x := gcExpr(n); x != "" {
				return n.cfgErrorf("invalid operation: %s expects %d or %d arguments; found %d", x, min, min+1, nparams)
			}
			if nparams < min {
				return n.cfgErrorf("not enough arguments in call to make")
			}
			return n.cfgErrorf("too many arguments for make")
		}

		var sizes []int
		for _, c := range child[1:] {
			if err := check.index(c, -1); err != nil {
				return err
			}
			if c.rval.IsValid() {
				sizes = append(sizes, int(vInt(c.rval)))
			}
		}
		for len(sizes) == 2 && sizes[0] > sizes[1] {
			return n.cfgErrorf("invalid argument: length and capacity swapped") // gonotes patch: go/types' words
		}

	case bltnPanic:
		return check.assignment(params[0].nod, check.scope.getType("interface{}"), "argument to panic")
	case bltnPrint, bltnPrintln:
		for _, param := range params {
			if param.typ != nil {
				continue
			}

			if err := check.assignment(param.nod, nil, "argument to "+name); err != nil {
				return err
			}
		}
	case bltnAdd, bltnSlice, bltnSliceData, bltnString, bltnStringData: // gonotes patch
		return check.checkUnsafe(name, params)
	case bltnOffsetof: // gonotes patch: the argument is a selector of a field
		_, err := gcOffsetof(params[0].nod)
		return err
	case bltnRecover, bltnNew, bltnAlignof, bltnSizeof:
		// Nothing to do.
	default:
		return n.cfgErrorf("unsupported builtin %s", name)
	}
	return nil
}

// arrayDeref returns A if typ is *A, otherwise typ.
func arrayDeref(typ *itype) *itype {
	if typ.cat == valueT && typ.TypeOf().Kind() == reflect.Ptr {
		t := typ.TypeOf()
		if t.Elem().Kind() == reflect.Array {
			return valueTOf(t.Elem())
		}
		return typ
	}

	if typ.cat == ptrT && typ.val.cat == arrayT {
		return typ.val
	}
	return typ
}

// arguments type checks the call expression arguments.
func (check typecheck) arguments(n *node, child []*node, fun *node, ellipsis bool) error {
	params := check.unpackParams(child)
	l := len(child)
	if ellipsis {
		if !fun.typ.isVariadic() {
			if f := gcExpr(fun); f != "" { // gonotes patch (s16-errwords): go/types' words
				return n.cfgErrorf("cannot use ... in call to non-variadic %s", f)
			}
			return n.cfgErrorf("invalid use of ..., corresponding parameter is non-variadic")
		}
		if len(params) > l {
			return child[0].cfgErrorf("cannot use ... with %d-valued %s", child[0].child[0].typ.numOut(), child[0].tname(child[0].child[0].typ)) // gonotes patch: tname
		}
	}

	// gonotes patch (s17-redecl): a package or a type given as an
	// argument (fmt.Println(fmt), fmt.Println(int)) compiled and printed
	// something.
	for _, c := range child {
		for c.kind == parenExpr && len(c.child) == 1 {
			c = c.child[0]
		}
		if c.kind != identExpr {
			continue
		}
		if sym := c.sym; sym != nil {
			switch sym.kind {
			case pkgSym:
				return c.cfgErrorf("use of package %s not in selector", c.ident)
			case typeSym:
				return c.cfgErrorf("%s (type) is not an expression", c.ident)
			}
		}
	}

	var cnt int
	for i, param := range params {
		ellip := i == l-1 && ellipsis
		if err := check.argument(param, fun, cnt, l, ellip); err != nil { // gonotes patch: fun, named in errors
			return err
		}
		cnt++
	}

	if fun.typ.isVariadic() {
		cnt++
	}
	if cnt < fun.typ.numIn() {
		if s := gcExpr(fun); s != "" { // gonotes patch (s16-errwords): the callee as written (t.M)
			return n.cfgErrorf("not enough arguments in call to %s", s)
		}
		return n.cfgErrorf("not enough arguments in call to %s", fun.name())
	}
	return nil
}

func (check typecheck) argument(p param, fun *node, i, l int, ellipsis bool) error { // gonotes patch: fun, named in errors
	ftyp := fun.typ
	atyp := getArg(ftyp, i)
	if atyp == nil {
		if s := gcExpr(fun); s != "" { // gonotes patch (s16-errwords): go/types' words
			return p.nod.cfgErrorf("too many arguments in call to %s", s)
		}
		return p.nod.cfgErrorf("too many arguments")
	}

	if p.typ == nil && isCall(p.nod) && p.nod.child[0].typ.numOut() != 1 {
		if l == 1 {
			return p.nod.cfgErrorf("cannot use %s as type %s", p.nod.tname(p.nod.child[0].typ), getArgsID(ftyp)) // gonotes patch: tname
		}
		return p.nod.cfgErrorf("cannot use %s as type %s", p.nod.tname(p.nod.child[0].typ), p.nod.tname(atyp)) // gonotes patch: tname
	}

	if ellipsis {
		if i != ftyp.numIn()-1 {
			if f := gcExpr(fun); f != "" && ftyp.isVariadic() { // gonotes patch (s17-errwords17): go/types' words
				if i < ftyp.numIn()-1 {
					return p.nod.cfgErrorf("not enough arguments in call to %s", f)
				}
				return p.nod.cfgErrorf("too many arguments in call to %s", f)
			}
			return p.nod.cfgErrorf("can only use ... with matching parameter")
		}
		if pt := p.Type(); pt != nil && pt.cat == nilT {
			// gonotes patch (s19-public19): f(nil...) passes a nil slice
			// to the variadic parameter (nil is assignable to []T); it
			// panicked here on the nil reflect type of untyped nil.
			return check.assignment(p.nod, sliceOf(atyp), "")
		}
		t := p.Type().TypeOf()
		// gonotes patch (s17-errwords17): a slice of another element type
		// than the parameter's interface ([]string as ...any) is not
		// assignable: it panicked in reflect's CallSlice.
		ifaceElem := t.Kind() == reflect.Slice && atyp.TypeOf() != nil && atyp.TypeOf().Kind() == reflect.Interface && t.Elem().Kind() != reflect.Interface
		if t.Kind() != reflect.Slice || ifaceElem || !(valueTOf(t.Elem())).assignableTo(atyp) {
			f := gcExpr(fun)
			if f == "" && fun.ident == bltnAppend && fun.kind == 0 { // gonotes patch (s19-errwords19): the func append's check makes up
				f = bltnAppend
			}
			if o := gcOperand(p.nod); o != "" && f != "" { // gonotes patch (s16-errwords): go/types' words
				st := p.nod.gcTypeStr(sliceOf(atyp))
				if at := atyp.TypeOf(); at != nil && at.Kind() == reflect.Interface && at.NumMethod() == 0 && at.Name() == "" { // gonotes patch (s17-errwords17)
					st = "[]any"
				}
				return p.nod.cfgErrorf("cannot use %s as %s value in argument to %s", o, st, f)
			}
			return p.nod.cfgErrorf("cannot use %s as type %s", p.nod.tname(p.nod.typ), p.nod.tname((sliceOf(atyp)))) // gonotes patch: tname
		}
		return nil
	}

	if p.typ != nil {
		if !p.typ.assignableTo(atyp) {
			return p.nod.cfgErrorf("cannot use %s as type %s", p.nod.tname(p.nod.child[0].typ), getArgsID(ftyp)) // gonotes patch: tname
		}
		return nil
	}
	// gonotes patch: go/types' words, fun's name built only on error.
	if p.nod.typ != nil && !p.nod.typ.untyped && isDefinedBasic(atyp) {
		if err := definedBasicError(p.nod, atyp, "argument to "+constExprString(fun)); err != nil { // gonotes patch (s14-typeident)
			return err
		}
	}
	if p.nod.typ != nil && !p.nod.typ.untyped && !p.nod.typ.assignableTo(atyp) {
		if err := definedAssignError(p.nod, atyp, "argument to "+constExprString(fun)); err != nil { // gonotes patch (s13-misc)
			return err
		}
		if err := ifaceOrLitAssignError(p.nod, atyp, "argument to "+constExprString(fun)); err != nil { // gonotes patch (s15-noticeda)
			return err
		}
	}
	// gonotes patch (s13-misc): only for a compiled function named by a
	// selector (strings.ToUpper(n), b.WriteString(n)): a func value of
	// the notebook's own type asserted from an interface (x.(func(M)))
	// has a valueT type that lost M (func(int)), its argument v is fine.
	if ftyp.cat == valueT && fun != nil && fun.kind == selectorExpr && definedToCompiledParam(p.nod, atyp) {
		return notAssignableError(p.nod, atyp, "argument to "+constExprString(fun))
	}
	// gonotes patch (s17-redecl): a value whose type does not implement
	// the parameter's interface (of the source or compiled), in go/types'
	// words (with why: "method Speak has pointer receiver").
	if p.nod.typ != nil && !p.nod.typ.untyped && (isInterfaceSrc(atyp) || isInterfaceBin(atyp)) && !p.nod.typ.assignableTo(atyp) && atyp.str != "*unsafe2.dummy" {
		if why := p.nod.notImplemented(p.nod.typ, atyp); why != "" {
			if o := gcOperand(p.nod); o != "" {
				return p.nod.cfgErrorf("cannot use %s as %s value in argument to %s%s", o, p.nod.gcTypeStr(atyp), constExprString(fun), why)
			}
		}
	}
	if isInterface(atyp) && p.nod.typ != nil && p.nod.typ.untyped {
		if err := untypedToIfaceError(p.nod, atyp, "argument to "+constExprString(fun)); err != nil { // gonotes patch (s18-errwords18)
			return err
		}
	}
	// gonotes patch (s18-errwords18): a typed value not assignable to a
	// compiled func's parameter in go/types' words (it was "cannot use
	// type int as type float64"): "cannot use n (variable of type int) as
	// float64 value in argument to math.Sqrt".
	if p.nod.typ != nil && !p.nod.typ.untyped && p.nod.typ.cat != nilT && !p.nod.typ.assignableTo(atyp) && atyp.str != "*unsafe2.dummy" && !isInterface(atyp) {
		if o, f := gcOperand(p.nod), constExprString(fun); o != "" && f != "" {
			return p.nod.cfgErrorf("cannot use %s as %s value in argument to %s", o, p.nod.gcTypeStr(atyp), f)
		}
	}
	if err := check.assignment(p.nod, atyp, ""); err != nil {
		return reprAssignError(p.nod, err, "argument to "+constExprString(fun))
	}
	return nil
}

func getArg(ftyp *itype, i int) *itype {
	l := ftyp.numIn()
	switch {
	case ftyp.isVariadic() && i >= l-1:
		arg := ftyp.in(l - 1).val
		return arg
	case i < l:
		return ftyp.in(i)
	case ftyp.cat == valueT && i < ftyp.rtype.NumIn():
		return valueTOf(ftyp.rtype.In(i))
	default:
		return nil
	}
}

func getArgsID(ftyp *itype) string {
	res := "("
	for i, arg := range ftyp.arg {
		if i > 0 {
			res += ","
		}
		res += arg.id()
	}
	res += ")"
	return res
}

var errCantConvert = errors.New("cannot convert")

func (check typecheck) convertUntyped(n *node, typ *itype) error {
	if n.typ == nil || !n.typ.untyped || typ == nil {
		return nil
	}
	if !n.rval.IsValid() && !typ.untyped {
		s := n
		for s.kind == parenExpr && len(s.child) > 0 {
			s = s.lastChild()
		}
		if s.kind == binaryExpr && isShiftNode(s) && !s.rval.IsValid() {
			// gonotes patch (s10-goroot): a non-constant shift of an untyped
			// constant takes its type from the context (an argument of type
			// uint64, an index): its frame location too, made for an int
			// ("reflect: call of reflect.Value.SetUint on int Value").
			if check.frame != nil {
				typeUntypedShift(check.frame, n, &node{typ: typ})
			}
		}
	}

	// gonotes patch (s10-rtrip): the error is made when it is returned,
	// not on every conversion (its message and position cost 20 allocations).
	from := n.typ
	convErr := func() error { return n.cfgErrorf("cannot convert %s to %s", n.tname(from), n.tname(typ)) } // gonotes patch: tname
	// gonotes patch (s18-errwords18): a constant given to a composite or
	// pointer type (var p *int = 5, var b []byte = "abc") is reworded by
	// its assignment as go/types words it (reprAssignError): "cannot use 5
	// (untyped int constant) as *int value in variable declaration".
	compositeErr := func() error {
		c, ok := n.rval.Interface().(constant.Value)
		if !n.rval.IsValid() || !ok {
			return convErr()
		}
		re := &constReprError{operand: constOperand(n, c, nil), target: n.gcTypeStr(typ), named: n.gcTypeStr(typ)}
		re.msg = convErr().Error()
		return &cfgError{n, re}
	}

	ntyp, ttyp := n.typ.TypeOf(), typ.TypeOf()
	if typ.untyped {
		// Both n and target are untyped.
		nkind, tkind := ntyp.Kind(), ttyp.Kind()
		if isNumber(ntyp) && isNumber(ttyp) {
			if nkind < tkind {
				n.typ = typ
			}
		} else if nkind != tkind {
			return convErr()
		}
		return nil
	}

	var (
		ityp *itype
		rtyp reflect.Type
		err  error
	)
	switch {
	case typ.isNil() && n.typ.isNil():
		n.typ = typ
		return nil
	case isNumber(ttyp) || isString(ttyp) || isBoolean(ttyp):
		ityp = typ
		rtyp = ttyp
	case isInterface(typ):
		if n.typ.isNil() {
			return nil
		}
		if len(n.typ.methods()) > 0 { // untyped cannot be set to iface
			return convErr()
		}
		ityp = n.typ.defaultType(n.rval, check.scope)
		rtyp = ntyp
	case isArray(typ) || isMap(typ) || isChan(typ) || isFunc(typ) || isPtr(typ):
		// TODO(nick): above we are acting on itype, but really it is an rtype check. This is not clear which type
		// 		 	   plain we are in. Fix this later.
		if !n.typ.isNil() {
			return compositeErr() // gonotes patch (s18-errwords18)
		}
		return nil
	case n.typ.isNil() && typ.id() == "unsafe.Pointer":
		n.typ = typ
		return nil
	default:
		return compositeErr() // gonotes patch (s18-errwords18)
	}

	if err := check.representable(n, rtyp, ityp); err != nil { // gonotes patch: ityp
		return err
	}
	n.rval, err = check.convertConst(n.rval, rtyp)
	if err != nil {
		if errors.Is(err, errCantConvert) {
			return convErr()
		}
		return n.cfgErrorf(err.Error())
	}
	n.typ = ityp
	return nil
}

func (check typecheck) representable(n *node, t reflect.Type, target *itype) error { // gonotes patch: target
	if !n.rval.IsValid() {
		// TODO(nick): This should be an error as the const is in the frame which is undesirable.
		return nil
	}
	c, ok := n.rval.Interface().(constant.Value)
	if !ok {
		// TODO(nick): This should be an error as untyped strings and bools should be constant.Values.
		return nil
	}

	if !representableConst(c, t) {
		// gonotes patch: go/types' words ("200 (untyped int constant)
		// overflows int8"), reworded by an assignment (reprAssignError).
		re := &constReprError{operand: constOperand(n, c, nil), target: basicName(target), named: n.gcTypeName(target)} // gonotes patch: byte, rune as written (tname)
		typ := n.typ.TypeOf()
		if isNumber(typ) && isNumber(t) {
			re.cause = "overflows"
			if !isInt(typ) && isInt(t) { // float -> integer
				re.cause = "truncated"
			}
		}
		re.msg = n.cfgErrorf("%s", re.text()).Error()
		return &cfgError{n, re}
	}
	return nil
}

func (check typecheck) convertConst(v reflect.Value, t reflect.Type) (reflect.Value, error) {
	if !v.IsValid() {
		// TODO(nick): This should be an error as the const is in the frame which is undesirable.
		return v, nil
	}
	c, ok := v.Interface().(constant.Value)
	if !ok {
		// TODO(nick): This should be an error as untyped strings and bools should be constant.Values.
		return v, nil
	}

	kind := t.Kind()
	switch kind {
	case reflect.Bool:
		v = reflect.ValueOf(constant.BoolVal(c))
	case reflect.String:
		v = reflect.ValueOf(constant.StringVal(c))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, _ := constant.Int64Val(constant.ToInt(c))
		v = reflect.ValueOf(i).Convert(t)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		i, _ := constant.Uint64Val(constant.ToInt(c))
		v = reflect.ValueOf(i).Convert(t)
	case reflect.Float32:
		f, _ := constFloat32Val(constant.ToFloat(c))
		v = reflect.ValueOf(f)
	case reflect.Float64:
		f, _ := constFloat64Val(constant.ToFloat(c))
		v = reflect.ValueOf(f)
	case reflect.Complex64:
		r, _ := constFloat32Val(constant.Real(c))
		i, _ := constFloat32Val(constant.Imag(c))
		v = reflect.ValueOf(complex(r, i)).Convert(t)
	case reflect.Complex128:
		r, _ := constFloat64Val(constant.Real(c))
		i, _ := constFloat64Val(constant.Imag(c))
		v = reflect.ValueOf(complex(r, i)).Convert(t)
	default:
		return v, errCantConvert
	}
	return v, nil
}

var bitlen = [...]int{
	reflect.Int:     64,
	reflect.Int8:    8,
	reflect.Int16:   16,
	reflect.Int32:   32,
	reflect.Int64:   64,
	reflect.Uint:    64,
	reflect.Uint8:   8,
	reflect.Uint16:  16,
	reflect.Uint32:  32,
	reflect.Uint64:  64,
	reflect.Uintptr: 64,
}

func representableConst(c constant.Value, t reflect.Type) bool {
	switch {
	case isInt(t):
		x := constant.ToInt(c)
		if x.Kind() != constant.Int {
			return false
		}
		switch t.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			i, ok := constant.Int64Val(x)
			if !ok {
				return false
			}
			// gonotes patch: the range of a signed type is
			// [-2^(n-1), 2^(n-1)-1] (BitLen accepted 200 for int8).
			b := bitlen[t.Kind()]
			return b == 64 || -1<<(b-1) <= i && i <= 1<<(b-1)-1
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			if _, ok := constant.Uint64Val(x); !ok {
				return false
			}
		default:
			return false
		}
		return constant.BitLen(x) <= bitlen[t.Kind()]
	case isFloat(t):
		x := constant.ToFloat(c)
		if x.Kind() != constant.Float {
			return false
		}
		switch t.Kind() {
		case reflect.Float32:
			f, _ := constFloat32Val(x)
			return !math.IsInf(float64(f), 0)
		case reflect.Float64:
			f, _ := constFloat64Val(x)
			return !math.IsInf(f, 0)
		default:
			return false
		}
	case isComplex(t):
		x := constant.ToComplex(c)
		if x.Kind() != constant.Complex {
			return false
		}
		switch t.Kind() {
		case reflect.Complex64:
			r, _ := constFloat32Val(constant.Real(x))
			i, _ := constFloat32Val(constant.Imag(x))
			return !math.IsInf(float64(r), 0) && !math.IsInf(float64(i), 0)
		case reflect.Complex128:
			r, _ := constFloat64Val(constant.Real(x))
			i, _ := constFloat64Val(constant.Imag(x))
			return !math.IsInf(r, 0) && !math.IsInf(i, 0)
		default:
			return false
		}
	case isString(t):
		return c.Kind() == constant.String
	case isBoolean(t):
		return c.Kind() == constant.Bool
	default:
		return false
	}
}

func isShiftAction(a action) bool {
	switch a {
	case aShl, aShr, aShlAssign, aShrAssign:
		return true
	}
	return false
}

func isComparisonAction(a action) bool {
	switch a {
	case aEqual, aNotEqual, aGreater, aGreaterEqual, aLower, aLowerEqual:
		return true
	}
	return false
}

// chanDirOnly reports whether t0 and t1 are channel types that differ in
// direction only, one of them bidirectional and unnamed (chan int and
// <-chan int), whose values Go compares: one is assignable to the other.
// gonotes patch (s10-goroot).
func chanDirOnly(t0, t1 *itype) bool {
	isChan := func(t *itype) bool { return t.cat == chanT || t.cat == chanSendT || t.cat == chanRecvT }
	if !isChan(t0) || !isChan(t1) || t0.val == nil || t1.val == nil || t0.val.id() != t1.val.id() {
		return false
	}
	return t0.cat == chanT && t0.name == "" || t1.cat == chanT && t1.name == ""
}

// sameID reports whether the type ids a and b name the same type, any
// being interface{} (the universe's any has its own id, "any": *any and
// *interface{} were mismatched types). gonotes patch.
func sameID(a, b string) bool {
	return a == b || anyAsInterface(a) == anyAsInterface(b)
}

// anyAsInterface returns the type id s with every any (a whole word, not
// a field or package name) written interface{}. gonotes patch.
func anyAsInterface(s string) string {
	if !strings.Contains(s, "any") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "any") && (i == 0 || !isIDByte(s[i-1])) && (i+3 == len(s) || !isIDByte(s[i+3])) {
			b.WriteString("interface{}") // the id of an interface{} literal
			i += 3
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func isIDByte(c byte) bool {
	return c == '_' || c == '.' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// impossibleTypeCases returns an error for the first case of the type
// switch n naming a type that cannot be the dynamic type of the guard's
// interface value, as typeAssertionExpr checks x.(T): case T with T's M
// of another signature than the interface's. gonotes patch
// (s14-typeident): such a case was accepted (it never matched).
func impossibleTypeCases(check typecheck, n *node, instance bool) error {
	var guard *node
	n.child[1].Walk(func(c *node) bool {
		if guard != nil {
			return false
		}
		if c.kind == typeAssertExpr && len(c.child) == 1 {
			guard = c.child[0]
			return false
		}
		return true
	}, nil)
	if guard == nil || guard.typ == nil || instance {
		return nil
	}
	for _, c := range n.lastChild().child {
		if len(c.child) == 0 {
			continue // gonotes patch (s15-public10a): an empty default clause
		}
		for _, t := range c.child[:len(c.child)-1] {
			if t.typ == nil || t.typ.cat == nilT || isInterface(t.typ) || hasTypeArg(t) {
				continue
			}
			if err := check.typeAssertionExpr(guard, t.typ, false); err != nil {
				if strings.HasSuffix(err.Error(), "is not an interface") {
					return err // gonotes patch (s16-errwords): at the operand, as go/types
				}
				// gonotes patch (s19-errwords19): go/types' words, the
				// case's type as written, then why on a line of its own.
				if x, o := gcExpr(t), gcOperand(guard); x != "" && o != "" {
					msg := err.Error()
					reason := ""
					if m := assertMissingRe.FindStringSubmatch(msg); m != nil {
						reason = " (missing method " + m[1] + ")"
					} else if m := assertPtrRe.FindStringSubmatch(msg); m != nil {
						reason = " (method " + m[1] + " has pointer receiver)"
					} else if m := assertWrongRe.FindString(msg); m != "" {
						reason = " " + m
					}
					return t.cfgErrorf("impossible type switch case: %s\n\t%s cannot have dynamic type %s%s", x, o, x, reason)
				}
				msg := strings.Replace(err.Error(), "impossible type assertion", "impossible type switch case", 1)
				if i := strings.Index(msg, "impossible type switch case"); i > 0 {
					msg = msg[i:]
				}
				return t.cfgErrorf("%s", msg)
			}
		}
	}
	return nil
}

// inTypeSwitch reports whether n is the operand of a type switch's guard.
// gonotes patch (s16-errwords).
func inTypeSwitch(n *node) bool {
	for a, i := n.anc, 0; a != nil && i < 4; a, i = a.anc, i+1 {
		if a.kind == typeSwitch {
			return true
		}
		if a.kind == blockStmt || a.kind == funcDecl {
			return false
		}
	}
	return false
}

// mismatchedTypesErr returns the error for the operands of types t0 and t1 of
// the binary operation n, in go/types' words ("a == b (mismatched types ID
// and Num)") when the expression is known. gonotes patch (s16-errwords).
func mismatchedTypesErr(n *node, t0, t1 *itype) error {
	if x := gcExpr(n); x != "" {
		return n.cfgErrorf("invalid operation: %s (mismatched types %s and %s)", x, n.gcTypeStr(t0), n.gcTypeStr(t1))
	}
	return n.cfgErrorf("invalid operation: mismatched types %s and %s", n.tname(t0), n.tname(t1))
}

// basicCategory returns "bool", "string" or "number" for a type of a
// basic kind, "" for another: an untyped constant of one category does
// not mix with an operand of another (s * 2 with s a string). gonotes
// patch (s16-errwords).
func basicCategory(t *itype) string {
	rt := t.TypeOf()
	if rt == nil || t.cat == nilT {
		return ""
	}
	switch rt.Kind() {
	case reflect.Bool:
		return "bool"
	case reflect.String:
		return "string"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return "number"
	}
	return ""
}

// untypedToIfaceError returns gc's error for the untyped constant n given
// to it, an interface type with methods (var e error = "oops"): its
// default type has no methods. Else nil. gonotes patch (s18-errwords18):
// such a program compiled, and the interface's method call panicked
// "method not found".
func untypedToIfaceError(n *node, it *itype, context string) error {
	if it == nil || n.typ == nil || !n.typ.untyped || n.typ.cat == nilT || !n.rval.IsValid() || context == "" || !isInterface(it) {
		return nil
	}
	need := it.methods()
	if len(need) == 0 {
		return nil
	}
	names := make([]string, 0, len(need))
	for name := range need {
		names = append(names, name)
	}
	sort.Strings(names)
	x := gcExpr(n)
	if x == "" {
		return nil
	}
	var dt string
	if cv, ok := n.rval.Interface().(constant.Value); ok {
		dt = map[constant.Kind]string{constant.String: "string", constant.Bool: "bool", constant.Int: "int", constant.Float: "float64", constant.Complex: "complex128"}[cv.Kind()]
	} else {
		dt = map[reflect.Kind]string{reflect.String: "string", reflect.Bool: "bool", reflect.Int: "int", reflect.Float64: "float64", reflect.Complex128: "complex128"}[n.rval.Kind()]
	}
	if n.typ.cat == int32T && dt == "int" {
		dt = "rune"
	}
	if dt == "" {
		return nil
	}
	return n.cfgErrorf("cannot use %s (constant of type %s) as %s value in %s: %s does not implement %s (missing method %s)", x, dt, n.gcTypeStr(it), context, dt, n.gcTypeStr(it), names[0])
}
