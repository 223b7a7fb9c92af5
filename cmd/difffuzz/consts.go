package main

import (
	"fmt"
	"go/constant"
	"go/token"
	"strings"
)

// genConsts: constant expressions (untyped integers beyond 64 bits, exact
// rationals, typed constants, iota), evaluated by the generator with
// go/constant so that every conversion it writes is representable, and
// complex numbers at run time.
func genConsts(g *gen) {
	type cst struct {
		name string
		val  constant.Value
	}
	var cs []cst
	g.p("package main\n\nimport \"fmt\"\n\ntype Small int8\n\ntype Weekday int\n\nconst (")
	g.p("\tSunday Weekday = iota\n\tMonday\n\tTuesday\n\t_\n\tThursday\n)\n")
	g.p("const (\n\tKB = 1 << (10 * (iota + 1))\n\tMB\n\tGB\n)\n")
	var decls []string
	leaf := func() (string, constant.Value) {
		if len(cs) > 0 && g.pct(0.6) {
			c := cs[g.n(len(cs))]
			return c.name, c.val
		}
		switch g.n(4) {
		case 0:
			v := g.in(-300, 300)
			return fmt.Sprint(v), constant.MakeInt64(int64(v))
		case 1:
			s := g.pick("0.5", "1.25", "3.0", "1e3", "0.1", "2.5e-2")
			return s, constant.MakeFromLiteral(s, token.FLOAT, 0)
		case 2:
			s := g.pick("1 << 70", "1 << 64", "0x7fffffffffffffff", "1e20")
			tok := token.INT
			if strings.Contains(s, "e") {
				tok = token.FLOAT
			}
			if strings.HasPrefix(s, "1 << ") {
				var n uint
				fmt.Sscan(s[5:], &n)
				return "(" + s + ")", constant.Shift(constant.MakeInt64(1), token.SHL, n)
			}
			return s, constant.MakeFromLiteral(s, tok, 0)
		}
		return "KB", constant.MakeInt64(1024)
	}
	var expr func(d int) (string, constant.Value)
	expr = func(d int) (string, constant.Value) {
		if d > 2 || g.pct(0.3) {
			return leaf()
		}
		a, av := expr(d + 1)
		b, bv := expr(d + 1)
		op := []token.Token{token.ADD, token.SUB, token.MUL, token.QUO}[g.n(4)]
		if op == token.QUO && constant.Sign(bv) == 0 {
			op = token.ADD
		}
		var v constant.Value
		if op == token.QUO && av.Kind() == constant.Int && bv.Kind() == constant.Int {
			// Integer division truncates.
			v = constant.BinaryOp(av, token.QUO_ASSIGN, bv)
		} else {
			v = constant.BinaryOp(av, op, bv)
		}
		// gc limits untyped constants' precision (512 bits): keep every intermediate value small.
		if f, _ := constant.Float64Val(constant.ToFloat(v)); f > 1e40 || f < -1e40 {
			return leaf()
		}
		return "(" + a + " " + op.String() + " " + b + ")", v
	}
	for i := range 12 {
		e, v := expr(0)
		// Keep magnitudes sane (go/constant and gc both handle big ones, but 1e300**k overflows gc's limits).
		if f, _ := constant.Float64Val(constant.ToFloat(v)); f > 1e60 || f < -1e60 {
			e, v = leaf()
		}
		name := fmt.Sprintf("c%d", i)
		decls = append(decls, fmt.Sprintf("\t%s = %s", name, e))
		cs = append(cs, cst{name, v})
	}
	g.p("const (\n%s\n)\n", strings.Join(decls, "\n"))
	g.p("func main() {")
	for i, c := range cs {
		var outs []string
		if f, _ := constant.Float64Val(constant.ToFloat(c.val)); f < 1e300 && f > -1e300 {
			outs = append(outs, "float64("+c.name+")")
		}
		if f, _ := constant.Float64Val(constant.ToFloat(c.val)); f < 1e38 && f > -1e38 {
			outs = append(outs, "float32("+c.name+") == float32(float64("+c.name+"))")
		}
		if iv := constant.ToInt(c.val); iv.Kind() == constant.Int {
			if x, exact := constant.Int64Val(iv); exact {
				outs = append(outs, "int64("+c.name+")")
				if x >= -128 && x <= 127 {
					outs = append(outs, "Small("+c.name+")", "Weekday("+c.name+") == Thursday")
				}
				if x >= 0 {
					outs = append(outs, "uint64("+c.name+")", "uint8(int64("+c.name+") % 256)")
				}
			}
		}
		if len(outs) == 0 {
			outs = append(outs, c.name+" > 0")
		}
		g.p("\tfmt.Println(%d, %s)", i, strings.Join(outs, ", "))
	}
	g.p("\tfmt.Println(Sunday, Monday, Tuesday, Thursday, KB, MB, GB)")
	// Complex numbers at run time.
	g.p("\tz := complex(%d.5, %d)\n\tvar w complex64 = %d + %di", g.in(-5, 5), g.in(-5, 5), g.in(-5, 5), g.in(-5, 5))
	for i := range 12 {
		switch g.n(5) {
		case 0:
			g.p("\tz %s complex(%d, %d.25)", g.pick("+=", "-=", "*=", "/="), g.in(1, 4), g.in(-3, 3))
		case 1:
			g.p("\tw %s complex64(z)", g.pick("+=", "-=", "*="))
		case 2:
			g.p("\tfmt.Println(%d, z, w, real(z), imag(w), z == complex128(w), -z)", i)
		case 3:
			g.p("\tfmt.Printf(\"%d %%v %%.2f %%g %%T %%T\\n\", z*z, w, z/complex(0, 1), w, real(w))", i)
		default:
			g.p("\tz = complex(imag(z), real(z)) * %s\n\tfmt.Println(%d, z)", g.pick("2", "1i", "(1 + 1i)", "0.5"), i)
		}
	}
	g.p("\tfmt.Println(z, w)\n}")
}
