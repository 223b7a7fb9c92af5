package interp

// gonotes patch: this whole file. Constant expressions are checked as the
// gc compiler (go/types) checks them: a typed constant operation must be
// representable in its type, an untyped constant converted or assigned to a
// type must be representable in it, and the errors use go/types' words
// ("c * 2 (constant 200 of type int8) overflows int8", "cannot use 256
// (untyped int constant) as uint8 value in variable declaration
// (overflows)", "constant 200 overflows int8").

import (
	"go/constant"
	"go/token"
	"reflect"
	"strings"
)

// constReprError is a constant that is not representable in a type.
type constReprError struct {
	msg     string // the error, with its position
	operand string // the constant as go/types prints an operand
	target  string // the type (its basic type: int64 for time.Duration)
	named   string // the type as named in an assignment (time.Duration)
	cause   string // "overflows", "truncated" or "" (not a number)
}

func (e *constReprError) Error() string { return e.msg }

// text returns the error without its position, as go/types words it.
func (e *constReprError) text() string {
	switch e.cause {
	case "truncated":
		return e.operand + " truncated to " + e.target
	case "overflows":
		return e.operand + " overflows " + e.target
	}
	return "cannot convert " + e.operand + " to type " + e.target
}

// reprAssignError returns err reworded for an assignment in context (a
// variable declaration, an argument to f...) as go/types words it, if err
// is a constReprError, else err.
func reprAssignError(n *node, err error, context string) error {
	ce, ok := err.(*cfgError)
	if !ok || context == "" {
		return err
	}
	re, ok := ce.error.(*constReprError)
	if !ok {
		return err
	}
	return cannotUse(n, re.operand, writtenType(n, re.named), context, re.cause)
}

// cannotUse returns the error of go/types for an operand not assignable in
// context ("cannot use x (untyped int constant 300) as byte value in
// assignment (overflows)"); cause may be empty.
func cannotUse(n *node, operand, typ, context, cause string) error { // gonotes patch
	msg := "cannot use " + operand + " as " + typ + " value in " + context
	if cause != "" {
		msg += " (" + cause + ")"
	}
	return n.cfgErrorf("%s", msg)
}

// assignContext returns how go/types names the context of the assignment
// n (a defineStmt or assignStmt): a constant or variable declaration, or
// an assignment.
func assignContext(n *node) string { // gonotes patch
	switch {
	case n.anc.kind == constDecl:
		return "constant declaration"
	case n.kind == defineStmt && n.anc.kind == varDecl:
		return "variable declaration"
	}
	return "assignment"
}

// exactConst returns the exact value of a constant held by v: a
// constant.Value (untyped) or a value of a basic type (typed).
func exactConst(v reflect.Value) (constant.Value, bool) {
	if !v.IsValid() {
		return nil, false
	}
	if c, ok := v.Interface().(constant.Value); ok {
		return c, true
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return constant.MakeInt64(v.Int()), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return constant.MakeUint64(v.Uint()), true
	case reflect.Float32, reflect.Float64:
		return constant.MakeFloat64(v.Float()), true
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		return constant.BinaryOp(constant.MakeFloat64(real(c)), token.ADD, constant.MakeImag(constant.MakeFloat64(imag(c)))), true
	case reflect.String:
		return constant.MakeString(v.String()), true
	case reflect.Bool:
		return constant.MakeBool(v.Bool()), true
	}
	return nil, false
}

// gcTypeName returns the name of t as go/types prints it in an error.
func gcTypeName(t *itype) string {
	if t == nil {
		return "<nil>"
	}
	if t.cat == valueT && t.rtype != nil && t.val == nil {
		return t.rtype.String()
	}
	if t.name != "" && t.cat != valueT {
		if t.path != "" && t.path != "main" && !strings.HasPrefix(t.str, t.name) {
			return t.str
		}
		return t.name
	}
	return t.id()
}

// constOperand returns how go/types prints the constant operand n, of
// type t (n.typ if nil): "200 (untyped int constant)", "c * 2 (constant
// 200 of type int8)", "1 << 70 (untyped int constant 1180591620717411303424)".
func constOperand(n *node, c constant.Value, t *itype) string {
	if t == nil {
		t = n.typ
	}
	expr := constExprString(n)
	val := ""
	if c != nil {
		if s := c.String(); s != expr {
			val = " " + s
		}
	}
	if t != nil && t.untyped {
		return untypedOperand(expr, strings.TrimPrefix(t.id(), "untyped "), val)
	}
	if b := basicName(t); b != gcTypeName(t) {
		// A defined type: "(constant 9 of int64 type time.Duration)".
		return expr + " (constant" + val + " of " + b + " type " + gcTypeName(t) + ")"
	}
	return expr + " (constant" + val + " of type " + gcTypeName(t) + ")"
}

// untypedOperand returns an untyped constant operand as go/types prints
// it: "x (untyped int constant 300)"; val is empty or " " + its value.
func untypedOperand(expr, kind, val string) string { // gonotes patch
	return expr + " (untyped " + kind + " constant" + val + ")"
}

// basicName returns the name of the basic type underlying t (int64 for
// time.Duration), or gcTypeName(t) if it is not a basic type.
func basicName(t *itype) string {
	rt := t.TypeOf()
	if rt == nil || !isConstType(t) {
		return gcTypeName(t)
	}
	return rt.Kind().String()
}

// constExprString returns the source form of expression n, as go/types
// prints it in an error (binary operators between spaces).
func constExprString(n *node) string {
	switch n.kind {
	case identExpr, basicLit:
		return n.ident
	case selectorExpr:
		return constExprString(n.child[0]) + "." + constExprString(n.child[1])
	case indexExpr:
		return constExprString(n.child[0]) + "[" + constExprString(n.child[1]) + "]"
	case parenExpr:
		return "(" + constExprString(n.child[0]) + ")"
	case binaryExpr:
		return constExprString(n.child[0]) + " " + n.action.String() + " " + constExprString(n.child[1])
	case unaryExpr:
		return n.action.String() + constExprString(n.child[0])
	case callExpr:
		args := make([]string, 0, len(n.child)-1)
		for _, c := range n.child[1:] {
			args = append(args, constExprString(c))
		}
		return constExprString(n.child[0]) + "(" + strings.Join(args, ", ") + ")"
	}
	if n.ident != "" {
		return n.ident
	}
	return "expression"
}

// constTokens are the go/constant operators of the binary actions.
var constTokens = map[action]token.Token{aAdd: token.ADD, aSub: token.SUB, aMul: token.MUL, aQuo: token.QUO, aRem: token.REM, aAnd: token.AND, aOr: token.OR, aXor: token.XOR, aAndNot: token.AND_NOT}

// checkConstFold checks the result of a constant binary or unary operation
// folded by constOp: a typed result must be representable in its type
// (constOp computes it with the type's arithmetic, which wraps).
func checkConstFold(n *node) error {
	if !n.rval.IsValid() || n.typ == nil {
		return nil
	}
	if c, ok := n.rval.Interface().(constant.Value); ok {
		// An untyped integer constant has at most 512 bits (go/types).
		if c.Kind() == constant.Int && constant.BitLen(c) > 512 {
			op := map[action]string{aAdd: "addition ", aSub: "subtraction ", aMul: "multiplication ", aShl: "shift ", aXor: "bitwise XOR "}[n.action]
			if n.kind == unaryExpr {
				op = map[action]string{aBitNot: "bitwise complement "}[n.action]
			}
			return n.cfgErrorf("constant %soverflow", op)
		}
		if n.typ.untyped {
			return nil
		}
		return checkUntypedFold(n, c)
	}
	if n.typ.untyped {
		return nil
	}
	rt := n.rval.Type()
	if !isInt(rt) && !isFloat(rt) && !isComplex(rt) {
		return nil
	}
	var exact constant.Value
	switch n.kind {
	case binaryExpr:
		x, ok0 := exactConst(n.child[0].rval)
		y, ok1 := exactConst(n.child[1].rval)
		if !ok0 || !ok1 {
			return nil
		}
		switch n.action {
		case aShl, aShr:
			s, ok := constant.Uint64Val(constant.ToInt(y))
			if !ok || x.Kind() != constant.Int && constant.ToInt(x).Kind() != constant.Int {
				return nil
			}
			tok := token.SHL
			if n.action == aShr {
				tok = token.SHR
			}
			exact = constant.Shift(constant.ToInt(x), tok, uint(s))
		case aAdd, aSub, aMul, aQuo, aRem, aAnd, aOr, aXor, aAndNot:
			tok := constTokens[n.action]
			if isInt(rt) {
				x, y = constant.ToInt(x), constant.ToInt(y)
				if x.Kind() != constant.Int || y.Kind() != constant.Int {
					return nil
				}
				if tok == token.QUO {
					tok = token.QUO_ASSIGN // integer division
				}
			}
			if (tok == token.QUO || tok == token.QUO_ASSIGN || tok == token.REM) && constant.Sign(y) == 0 {
				return nil
			}
			exact = constant.BinaryOp(x, tok, y)
		default:
			return nil
		}
	case unaryExpr:
		x, ok := exactConst(n.child[0].rval)
		if !ok {
			return nil
		}
		switch n.action {
		case aNeg:
			exact = constant.UnaryOp(token.SUB, x, 0)
		case aPos:
			exact = x
		case aBitNot:
			if x = constant.ToInt(x); x.Kind() != constant.Int {
				return nil
			}
			prec := uint(0)
			if isUint(rt) {
				prec = uint(rt.Bits())
			}
			exact = constant.UnaryOp(token.XOR, x, prec)
		default:
			return nil
		}
	default:
		return nil
	}
	if exact == nil || exact.Kind() == constant.Unknown || representableConst(exact, rt) {
		return nil
	}
	return n.cfgErrorf("%s overflows %s", constOperand(n, exact, n.typ), basicName(n.typ))
}

// constIndex checks a constant index or size i: it must not be negative,
// and must be less than length (if length >= 0).
func constIndex(i *node, length int) error {
	c, ok := exactConst(i.rval)
	if !ok || !isConstNode(i) {
		return nil
	}
	c = constant.ToInt(c)
	if c.Kind() != constant.Int {
		return nil
	}
	if constant.Sign(c) < 0 {
		return i.cfgErrorf("invalid argument: index %s must not be negative", constOperand(i, c, nil))
	}
	if length >= 0 {
		if v, ok := constant.Int64Val(c); !ok || v >= int64(length) {
			return i.cfgErrorf("invalid argument: index %s out of bounds [0:%d]", c.String(), length)
		}
	}
	return nil
}

// isReprError returns whether err is a constant not representable in a type.
func isReprError(err error) bool {
	ce, ok := err.(*cfgError)
	if !ok {
		return false
	}
	_, ok = ce.error.(*constReprError)
	return ok
}

// isConstNode returns whether n is a constant expression (its value is
// known: a constant, or an operation or conversion of constants).
func isConstNode(n *node) bool {
	if n.typ != nil && n.typ.untyped {
		return n.rval.IsValid()
	}
	if !n.rval.IsValid() || n.typ == nil || !isConstType(n.typ) || isBinVar(n) {
		return false
	}
	_, ok := exactConst(n.rval)
	return ok
}

// isBinVar returns whether n is a variable of a binary package (its rval
// is the variable itself, os.Args).
func isBinVar(n *node) bool {
	for n.kind == parenExpr {
		n = n.child[0]
	}
	return n.kind == selectorExpr && n.action == aGetSym && n.rval.IsValid() && n.rval.CanAddr()
}

// constAssignCheck checks that an untyped numeric constant n is
// representable in the numeric type typ it is assigned to in context,
// without converting it.
func constAssignCheck(n *node, typ *itype, context string) error {
	if n.typ == nil || !n.typ.untyped || typ == nil || !n.rval.IsValid() {
		return nil
	}
	if !isNumber(n.typ.TypeOf()) || !isNumber(typ.TypeOf()) || isInterface(typ) {
		return nil
	}
	return reprAssignError(n, typecheck{}.representable(n, typ.TypeOf(), typ), context)
}

// checkUntypedFold checks the result c of an operation of untyped constants
// that took the type of its destination (cfg's pre-order gives it, var b
// byte = 'a' + 200): c must be representable in it, as the untyped
// constant assigned ("cannot use 'a' + 200 (untyped rune constant 297) as
// byte value in variable declaration (overflows)").
func checkUntypedFold(n *node, c constant.Value) error {
	if k := n.anc.kind; k != defineStmt && k != assignStmt {
		return nil // in an operation, the whole expression is checked
	}
	rt := n.typ.TypeOf()
	if !isNumber(rt) || c.Kind() == constant.Unknown || representableConst(c, rt) {
		return nil
	}
	expr := constExprString(n)
	val := ""
	if s := c.String(); s != expr {
		val = " " + s
	}
	rank := untypedRank(n)
	cause := "overflows"
	if rank >= 2 && isInt(rt) {
		cause = "truncated"
	}
	kinds := [...]string{"int", "rune", "float", "complex"}
	name := gcTypeName(n.typ)
	if d := n.anc; d.kind == assignStmt && d.nleft > 0 {
		// byte or rune as the destination's type wrote them (a[0] of a [2]rune).
		if i := childPos(n) - d.nleft; i >= 0 && i < d.nleft && d.child[i].typ != nil && d.child[i].typ.id() == n.typ.id() {
			name = n.gcTypeName(d.child[i].typ)
		}
	}
	return cannotUse(n, untypedOperand(expr, kinds[rank], val), writtenType(n, name), assignContext(n.anc), cause)
}

// untypedRank returns the kind of the untyped constant expression n: 0
// int, 1 rune, 2 float, 3 complex (the largest of its operands').
func untypedRank(n *node) int {
	switch n.kind {
	case binaryExpr, unaryExpr, parenExpr:
		if isShiftAction(n.action) {
			return untypedRank(n.child[0])
		}
		r := 0
		for _, c := range n.child {
			if k := untypedRank(c); k > r {
				r = k
			}
		}
		return r
	}
	if n.typ == nil {
		return 0
	}
	switch n.typ.id() {
	case "untyped rune":
		return 1
	case "untyped float":
		return 2
	case "untyped complex":
		return 3
	}
	return 0
}

// checkCaseConsts checks that the untyped numeric constants of the case
// clauses of expression switch n are representable in the type of its tag
// ("200 (untyped int constant) overflows int8").
func checkCaseConsts(n *node, clauses []*node) error {
	if len(n.child) < 2 {
		return nil
	}
	tag := n.child[len(n.child)-2]
	// gonotes patch (s18-errwords18): a case of a switch on a slice, map
	// or func other than nil (it panicked at run time: "comparing
	// uncomparable type []int").
	if tag.typ != nil && tag.typ.TypeOf() != nil && n.kind == switchStmt {
		kind := map[reflect.Kind]string{reflect.Slice: "slice", reflect.Map: "map", reflect.Func: "func"}[tag.typ.TypeOf().Kind()]
		for _, c := range clauses {
			for _, v := range c.child {
				if kind == "" || v.kind == caseBody || v.typ == nil || v.typ.cat == nilT {
					continue
				}
				if x, t := gcExpr(v), gcExpr(tag); x != "" && t != "" {
					return v.cfgErrorf("invalid case %s in switch on %s (%s can only be compared to nil)", x, t, kind)
				}
			}
		}
	}
	// gonotes patch (s16-errwords): an untyped constant case of another
	// kind than the tag's basic type (case "one": with an int tag
	// compiled, and never matched): gc's error.
	if tag.typ != nil && !tag.typ.untyped && !isInterface(tag.typ) && basicCategory(tag.typ) != "" && n.kind == switchStmt {
		for _, c := range clauses {
			for _, v := range c.child {
				if v.kind == caseBody || v.typ == nil || !v.typ.untyped || !v.rval.IsValid() || v.typ.cat == nilT {
					continue
				}
				if k := basicCategory(v.typ); k != "" && k != basicCategory(tag.typ) {
					if x := gcExpr(v); x != "" {
						return v.cfgErrorf("cannot convert %s (%s constant) to type %s", x, v.tname(v.typ), v.gcTypeStr(tag.typ))
					}
				}
			}
		}
	}
	if tag.typ == nil || tag.typ.untyped || isInterface(tag.typ) || !isNumber(tag.typ.TypeOf()) {
		return nil
	}
	for _, c := range clauses {
		for _, v := range c.child {
			if v.kind == caseBody || v.typ == nil || !v.typ.untyped || !v.rval.IsValid() || !isNumber(v.typ.TypeOf()) {
				continue
			}
			if err := (typecheck{}).representable(v, tag.typ.TypeOf(), tag.typ); err != nil {
				return err
			}
			// The constant is compared as a value of the tag's type
			// (case 1e16: of a uint64 tag compared the tag converted to
			// float64, rounded). gonotes patch (s11-fixb).
			v.typ = tag.typ
		}
	}
	return nil
}

// writtenType returns the type of the declaration of which n is the value
// as written (byte, rune: go/types keeps these aliases), or name.
func writtenType(n *node, name string) string {
	d := n.anc
	if d == nil || d.kind != defineStmt || d.nleft+d.nright >= len(d.child) {
		return name
	}
	if t := d.child[d.nleft]; t.kind == identExpr && (t.ident == "byte" || t.ident == "rune") {
		return t.ident
	}
	return name
}

// arrayLenConst returns the array length given by constant c, the value of
// expression n: it must be a non-negative int.
func arrayLenConst(n *node, c constant.Value) (int, error) {
	return arrayLenConstOf(n, c, nil)
}

// arrayLenConstOf is arrayLenConst for an expression n of type t (nil:
// n's own type). gonotes patch (s20-lead).
func arrayLenConstOf(n *node, c constant.Value, t *itype) (int, error) {
	if t == nil && n.typ == nil {
		switch c.Kind() {
		case constant.Float:
			t = untypedFloat(n)
		default:
			t = untypedInt(n)
		}
	}
	if constant.ToInt(c).Kind() != constant.Int { // go/types' words for [2.5]T
		return 0, n.cfgErrorf("array length %s must be integer", constOperand(n, c, t))
	}
	l, ok := constant.Int64Val(constant.ToInt(c))
	if !ok || l < 0 || int64(int(l)) != l {
		return 0, n.cfgErrorf("invalid array length %s", constOperand(n, c, t))
	}
	return int(l), nil
}

// arrayLenIsConst reports whether len(c) and cap(c) are constants: c is of
// an array type or a pointer to an array type and has no function call
// (but conversions and constant calls) nor channel receive (the spec's
// "Length and capacity"). gonotes patch.
func arrayLenIsConst(c *node) bool {
	if c.typ == nil || c.typ.incomplete || isGeneric(c.typ) {
		return false
	}
	t := c.typ.TypeOf()
	if t == nil {
		return false
	}
	if t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	if t.Kind() != reflect.Array {
		return false
	}
	pure := true
	c.Walk(func(n *node) bool {
		switch {
		case !pure:
			return false
		case n.kind == funcLit:
			return false
		case n.kind == callExpr && !n.rval.IsValid() && n.action != aConvert && !isConversionCall(n):
			pure = false
		case n.action == aRecv:
			pure = false
		}
		return pure
	}, nil)
	return pure
}

// isConversionCall reports whether the call n converts to a type.
func isConversionCall(n *node) bool {
	return len(n.child) == 2 && n.child[0].typ != nil && n.child[0].kind != selectorExpr && n.child[0].sym != nil && n.child[0].sym.kind == typeSym
}

// definedAssignError returns go/types' error for the value n, of a defined
// type of the interpreted code, used as a value of the predeclared or
// compiled named type typ, or the converse (definedVsNamed: var u int = t
// with t a Celsius), in the context of the assignment ("variable
// declaration", "argument to f"); nil for other types, whose errors are
// the interpreter's own. gonotes patch (s13-misc).
func definedAssignError(n *node, typ *itype, context string) error {
	if n == nil || n.typ == nil || typ == nil || !definedVsNamed(n.typ, typ) && !definedVsNamed(typ, n.typ) {
		return nil
	}
	return notAssignableError(n, typ, context)
}

// notAssignableError returns go/types' error for the value n not
// assignable to typ in the context of the assignment. gonotes patch
// (s13-misc).
func notAssignableError(n *node, typ *itype, context string) error {
	if context == "" {
		context = "assignment"
	}
	t := n.typ
	of := "of type " + n.gcTypeName(t)
	if b := basicName(t); b != gcTypeName(t) {
		of = "of " + b + " type " + n.gcTypeName(t)
	}
	var operand string
	switch {
	case n.rval.IsValid() && n.kind != compositeLitExpr && (n.kind == basicLit || n.sym != nil && n.sym.kind == constSym || n.kind != identExpr && isConstType(t)):
		c, _ := exactConst(n.rval)
		operand = constOperand(n, c, t)
	case n.kind == identExpr && n.sym != nil && n.sym.kind == varSym:
		operand = constExprString(n) + " (variable " + of + ")"
	default:
		operand = constExprString(n) + " (value " + of + ")"
	}
	return cannotUse(n, operand, n.gcTypeName(typ), context, "")
}

// ifaceOrLitAssignError returns go/types' error for the value n not
// assignable to typ, a type other than an interface, in context (an
// argument to h, a variable declaration...), when n is of an interface
// type ("cannot use v (variable of interface type any) as int value in
// argument to h: need type assertion") or a composite literal ("cannot
// use []int{…} (value of type []int) as int value in argument to h");
// else nil: the interpreter words other errors. gonotes patch
// (s15-noticeda): they were "cannot use type interface{} as type int".
func ifaceOrLitAssignError(n *node, typ *itype, context string) error {
	if n == nil || n.typ == nil || typ == nil || context == "" || isInterface(typ) || n.typ.untyped {
		return nil
	}
	t := n.typ
	switch {
	case isInterface(t) && t.cat != nilT:
		name := n.gcTypeName(t)
		of := "of type " + name
		if u := n.interp.universe; u != nil && u.sym["any"] != nil && u.sym["any"].typ == t {
			of, name = "of interface type any", "any"
		} else if t.name != "" {
			of = "of interface type " + name
		}
		what := "value"
		if n.kind == identExpr && n.sym != nil && n.sym.kind == varSym {
			what = "variable"
		}
		// gonotes patch (s16-errwords): go/types adds "need type
		// assertion" when typ implements the interface.
		need := ": need type assertion"
		if !isEmptyInterface(t) {
			if rt, it := typ.TypeOf(), t.TypeOf(); rt != nil && it != nil && it.Kind() == reflect.Interface && !isInterfaceSrc(t) && !rt.Implements(it) && len(typ.methods()) < len(t.methods()) {
				need = ""
			}
		}
		if t.cat == valueT && t.name == "" {
			of = "of " + n.gcTypeDesc(t)
		}
		return n.cfgErrorf("cannot use %s (%s %s) as %s value in %s%s", constExprString(n), what, of, n.gcTypeName(typ), context, need)
	case t.cat == funcT && typ.cat == funcT:
		return funcAssignError(n, typ, context)
	case n.kind == compositeLitExpr && len(n.child) > 0 && n.child[0].typ != nil:
		lit, ok := typeExprString(n.child[0], 0)
		if a := n.child[0]; !ok && a.kind == arrayType && len(a.child) == 2 && a.child[0].kind == basicLit {
			var elem string
			if elem, ok = typeExprString(a.child[1], 0); ok {
				lit = "[" + a.child[0].ident + "]" + elem // [3]int{…}
			}
		}
		if !ok {
			return nil // a struct or func type literal: go/types writes it its own way
		}
		return n.cfgErrorf("cannot use %s{…} (value of %s) as %s value in %s", lit, n.gcTypeDesc(t), n.gcTypeName(typ), context) // gonotes patch (s16-errwords): gcTypeDesc (struct type P)
	}
	return nil
}

// funcAssignError returns go/types' error for the func value n not
// assignable to the func type typ, with the names of the parameters and
// results of both types ("cannot use func(s string) int64 {…} (value of
// type func(s string) int64) as Handler value in variable declaration"),
// or nil when a type's source is not known. gonotes patch (s15-noticeda).
func funcAssignError(n *node, typ *itype, context string) error {
	var ft *node
	switch {
	case n.kind == funcLit && len(n.child) > 2:
		ft = n.child[2]
	case n.kind == identExpr && n.sym != nil && n.sym.node != nil && n.sym.node.kind == funcDecl && len(n.sym.node.child) > 2:
		ft = n.sym.node.child[2]
	}
	have, ok := n.funcSigSrc(n.typ, ft)
	if !ok {
		return nil
	}
	want := n.gcTypeName(typ)
	if typ.name == "" {
		if want, ok = n.funcSigSrc(typ, nil); !ok {
			return nil
		}
	}
	var operand string
	switch {
	case n.kind == funcLit:
		body := " {…}"
		if b := n.lastChild(); b != nil && b.kind == blockStmt && len(b.child) == 0 {
			body = " {}"
		}
		operand = have + body + " (value of type " + have + ")"
	case n.kind == identExpr && n.sym != nil && n.sym.kind == varSym:
		operand = n.ident + " (variable of type " + have + ")"
	case n.kind == identExpr:
		operand = n.ident + " (value of type " + have + ")"
	default:
		return nil
	}
	return n.cfgErrorf("cannot use %s as %s value in %s", operand, want, context)
}

// definedToCompiledParam reports whether the value n, of a defined type
// of interpreted code (type Name string), is given to the parameter of
// type typ of a compiled function, a predeclared type (strings.ToUpper's
// string): not assignable. The interpreter gives such parameters a valueT
// of the reflect type, which definedVsNamed leaves out (it stands for a
// defined type elsewhere). gonotes patch (s13-misc).
func definedToCompiledParam(n *node, typ *itype) bool {
	if n == nil || n.typ == nil || typ == nil || typ.cat != valueT || typ.rtype == nil {
		return false
	}
	rt := typ.rtype
	if rt.Name() == "" || rt.PkgPath() != "" || rt.Kind() == reflect.Interface {
		return false
	}
	return definedVsNamed(n.typ, &itype{cat: intT, name: "int"})
}

// definedBasicError returns go/types' error for the value n of a
// predeclared basic type used as a value of a defined type of interpreted
// code of that underlying type, or the converse, in the context of the
// assignment, where definedVsNamed does not see it; nil otherwise:
//   - a bool (a variable, a call's result: not an untyped boolean, which
//     a comparison is) for a type B bool, or a B for a bool: definedVsNamed
//     leaves bool out because the interpreter gives a comparison of typed
//     operands the type bool, where Go's is untyped (untypedBoolExpr tells
//     them apart);
//   - the result of a compiled function (math.Sqrt(2)) for a type Celsius
//     float64: its type is a valueT of the reflect type float64, which
//     definedVsNamed leaves out as it may stand for a defined type.
//
// gonotes patch (s14-typeident): var b B = someBool, var c Celsius =
// math.Sqrt(2) were accepted.
func definedBasicError(n *node, typ *itype, context string) error {
	if n == nil || n.typ == nil || typ == nil || n.typ.untyped || typ.untyped {
		return nil
	}
	switch {
	case isPredeclaredBool(n.typ) && isDefinedBool(typ) && !untypedBoolExpr(n),
		isDefinedBool(n.typ) && isPredeclaredBool(typ),
		isDefinedBasic(typ) && compiledBasicResult(n, typ):
		return notAssignableError(n, typ, context)
	}
	return nil
}

// isDefinedBasic reports whether t is a defined type of interpreted code
// whose underlying type is a basic type (type Celsius float64).
func isDefinedBasic(t *itype) bool {
	return t.cat == linkedT && t.name != "" && t.val != nil && isBasicCat(t.underlying().cat)
}

// isBasicCat reports whether c is the category of a basic type.
func isBasicCat(c tcat) bool {
	switch c {
	case boolT, intT, int8T, int16T, int32T, int64T, uintT, uint8T, uint16T, uint32T, uint64T, uintptrT,
		float32T, float64T, complex64T, complex128T, stringT:
		return true
	}
	return false
}

// compiledBasicResult reports whether n is a call of a compiled function
// whose result is of a predeclared basic type (math.Sqrt(2), a float64),
// of the kind of the underlying type of typ.
func compiledBasicResult(n *node, typ *itype) bool {
	if n.kind != callExpr || n.typ.cat != valueT || n.typ.rtype == nil || len(n.child) == 0 {
		return false
	}
	if f := n.child[0].typ; f == nil || f.cat != valueT {
		return false
	}
	rt, ut := n.typ.rtype, typ.underlying().TypeOf()
	return rt.PkgPath() == "" && rt.Name() != "" && ut != nil && rt.Kind() == ut.Kind()
}

// isDefinedBool reports whether t is a defined type of interpreted code
// whose underlying type is bool (type B bool).
func isDefinedBool(t *itype) bool {
	return t.cat == linkedT && t.name != "" && t.val != nil && t.underlying().cat == boolT
}

// isPredeclaredBool reports whether t is the predeclared type bool, typed,
// as the interpreter has it (or as the reflect type of a compiled
// function's result).
func isPredeclaredBool(t *itype) bool {
	switch t.cat {
	case boolT:
		return !t.untyped
	case valueT:
		return t.rtype == reflect.TypeOf(false)
	}
	return false
}

// untypedBoolExpr reports whether the expression n is an untyped boolean
// in Go: a comparison, a constant, or !, && and || of those.
func untypedBoolExpr(n *node) bool {
	if n == nil {
		return false
	}
	if n.typ != nil && n.typ.untyped {
		return true
	}
	if n.rval.IsValid() && (n.kind != identExpr || n.sym != nil && n.sym.kind == constSym) {
		// The interpreter gives a constant comparison (1 < 2, const k
		// = 1 < 2) the type bool: a constant is taken as untyped,
		// unless it is declared with a type (const k bool = true).
		// gonotes patch (s15-noticeda): var b B = k was accepted.
		// (The use of such a constant may be a basicLit with its symbol.)
		return n.sym == nil || !typedConstSym(n.sym, 0)
	}
	switch n.kind {
	case parenExpr:
		return len(n.child) == 1 && untypedBoolExpr(n.child[0])
	case landExpr, lorExpr:
		// Untyped, or of the defined type of an operand (3 > 2 && f,
		// f a B, is a B, which the interpreter types bool).
		return len(n.child) == 2 && notTypedBool(n.child[0]) && notTypedBool(n.child[1])
	case unaryExpr:
		return n.action == aNot && len(n.child) == 1 && notTypedBool(n.child[0])
	case binaryExpr:
		switch n.action {
		case aEqual, aNotEqual, aGreater, aGreaterEqual, aLower, aLowerEqual:
			return true
		}
	}
	return false
}

// typedConstSym reports whether the constant sym is typed in Go: declared
// with a type (const k bool = true), or given the value of a conversion
// (const k = bool(true)) or of a typed constant (const k2 = k). The
// interpreter's types of constants do not tell it for booleans (a
// constant comparison is of type bool). gonotes patch (s15-noticeda).
func typedConstSym(sym *symbol, depth int) bool {
	if sym == nil || sym.kind != constSym || depth > 8 {
		return false
	}
	d := sym.node
	if d == nil || d.kind != defineStmt || d.nleft < 1 || d.nleft+d.nright > len(d.child) {
		return false
	}
	if d.nleft+d.nright < len(d.child) {
		return true // const k T = v
	}
	if d.nright != d.nleft {
		return false
	}
	for i := 0; i < d.nleft; i++ {
		if d.child[i].sym != sym && d.child[i].ident != symName(d, sym) {
			continue
		}
		v := d.child[d.nleft+i]
		for v.kind == parenExpr && len(v.child) == 1 {
			v = v.child[0]
		}
		switch {
		case v.kind == callExpr && isConversionCall(v):
			return true
		case v.kind == identExpr && v.sym != nil && v.sym != sym:
			return typedConstSym(v.sym, depth+1)
		}
		return false
	}
	return false
}

// symName returns the name that the const declaration d gives sym, or "".
func symName(d *node, sym *symbol) string {
	if d.scope == nil {
		return ""
	}
	for i := 0; i < d.nleft; i++ {
		if id := d.child[i].ident; d.scope.sym[id] == sym {
			return id
		}
	}
	return ""
}

// notTypedBool reports whether the operand n of a boolean operator is not
// of the predeclared type bool in Go: untyped, or of a defined type.
func notTypedBool(n *node) bool {
	return n.typ != nil && !isPredeclaredBool(n.typ) || untypedBoolExpr(n)
}
