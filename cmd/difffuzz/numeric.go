package main

import (
	"fmt"
	"strings"
)

// intTypes are Go's integer types; bits gives their sizes (64-bit platform).
var (
	intTypes = []string{"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "int", "uint", "uintptr"}
	bits     = map[string]int{"int8": 8, "int16": 16, "int32": 32, "int64": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64, "int": 64, "uint": 64, "uintptr": 64}
)

// named are defined numeric types (genLvalue declares them) and their underlying types.
var named = map[string]string{"MyI8": "int8", "MyU32": "uint32", "MyUptr": "uintptr", "MyF32": "float32", "MyInt": "int"}

// under returns t's underlying type.
func under(t string) string {
	if u, ok := named[t]; ok {
		return u
	}
	return t
}

func isFloat(t string) bool { return strings.HasPrefix(under(t), "float") }

// intLit returns a constant of type t: 0, 1, the extremes, or random.
func (g *gen) intLit(t string) string {
	if isFloat(t) {
		return g.pick("0.5", "-1.25", "3", "1e10", "-7.75", "0.1", "100.125", "1e-7", "-0")
	}
	t = under(t)
	b := uint(bits[t])
	if strings.HasPrefix(t, "u") {
		max := ^uint64(0) >> (64 - b)
		return g.pick("0", "1", fmt.Sprint(max), fmt.Sprint(uint64(1)<<(b-1)), fmt.Sprint(g.r.Uint64()>>(64-b)), fmt.Sprint(g.in(0, 255)))
	}
	min := -int64(1) << (b - 1)
	return g.pick("0", "1", "-1", fmt.Sprint(min), fmt.Sprint(-(min + 1)), fmt.Sprint(int64(g.r.Uint64())>>(64-b)), fmt.Sprint(g.in(-128, 127)))
}

// genInt: integer expressions of every integer type over variables, op-assignments, ++/--, comparisons.
func genInt(g *gen) {
	vars := map[string][]string{}
	var body []string
	i := 0
	for _, t := range intTypes {
		for range 2 {
			name := fmt.Sprintf("v%d", i)
			i++
			body = append(body, fmt.Sprintf("%s := %s(%s)", name, t, g.intLit(t)))
			vars[t] = append(vars[t], name)
		}
	}
	leaf := func(t string) string { return g.pick(vars[t]...) }
	var expr func(t string, d int) string
	expr = func(t string, d int) string {
		if d > 3 || g.pct(0.3) {
			return leaf(t)
		}
		k := g.r.Float64()
		switch {
		case k < 0.45:
			return "(" + expr(t, d+1) + " " + g.pick("+", "-", "*", "&", "|", "^", "&^") + " " + expr(t, d+1) + ")"
		case k < 0.55:
			return "(" + expr(t, d+1) + " " + g.pick("/", "%") + " (" + expr(t, d+1) + " | 1))"
		case k < 0.7:
			return "(" + expr(t, d+1) + " " + g.pick("<<", ">>") + " (" + leaf(g.pick("uint", "uint8", "int", "uint64", "int32")) + " & 63))"
		case k < 0.8:
			return "(" + g.pick("-", "^", "+") + expr(t, d+1) + ")"
		case k < 0.93:
			return t + "(" + expr(g.pick(intTypes...), d+1) + ")"
		}
		return "func() " + t + " { if " + expr(t, d+1) + " > " + expr(t, d+1) + " { return " + expr(t, d+1) + " }; return " + expr(t, d+1) + " }()"
	}
	for i := range 80 {
		t := g.pick(intTypes...)
		e := expr(t, 0)
		k := g.r.Float64()
		switch {
		case k < 0.55:
			body = append(body, fmt.Sprintf("fmt.Println(%d, %s)", i, e))
		case k < 0.8:
			tgt := leaf(t)
			op := g.pick("+=", "-=", "*=", "|=", "&=", "^=", "<<=", ">>=", "&^=", "/=", "%=")
			rhs := e
			switch op {
			case "<<=", ">>=":
				rhs = "(" + leaf("uint") + " & 63)"
			case "/=", "%=":
				rhs = "(" + e + " | 1)"
			}
			body = append(body, tgt+" "+op+" "+rhs, fmt.Sprintf("fmt.Println(%d, %s)", i, tgt))
		case k < 0.9:
			tgt := leaf(t)
			body = append(body, tgt+g.pick("++", "--"), fmt.Sprintf("fmt.Println(%d, %s)", i, tgt))
		default:
			body = append(body, fmt.Sprintf("fmt.Println(%d, %s %s %s)", i, e, g.pick("==", "!=", "<", "<=", ">", ">="), expr(t, 0)))
		}
	}
	g.p("package main\n\nimport \"fmt\"\n\nfunc main() {")
	for _, l := range body {
		g.p("\t%s", l)
	}
	for _, t := range intTypes {
		g.p("\t_, _ = %s", strings.Join(vars[t], ", "))
	}
	g.p("}")
}

// genLvalue: op-assignments and ++/-- on every kind of l-value (variable,
// field, array and slice element, map entry, pointer, field through a
// pointer, element of an array of structs) of every numeric type.
func genLvalue(g *gen) {
	types := append(append([]string{}, intTypes...), "float32", "float64", "MyI8", "MyU32", "MyUptr", "MyF32", "MyInt")
	places := func(t string) []string {
		return []string{"pa_" + t + "[0]", "(*[3]" + t + ")(sl_" + t + ")[1]", "mps[\"k\"].f_" + t, "x_" + t, "s.f_" + t, "a_" + t + "[1]", "sl_" + t + "[2]", "m_" + t + "[\"k\"]", "(*p_" + t + ")", "ps.f_" + t, "arr2[0].f_" + t, "get_" + t + "()[0]", "(&s).f_" + t}
	}
	leaf := func(t string) string { return g.pick(places(t)...) }
	var expr func(t string, d int) string
	expr = func(t string, d int) string {
		if d > 2 || g.pct(0.35) {
			return leaf(t)
		}
		k := g.r.Float64()
		if isFloat(t) {
			switch {
			case k < 0.6:
				return "(" + expr(t, d+1) + " " + g.pick("+", "-", "*", "/") + " " + expr(t, d+1) + ")"
			case k < 0.8:
				return "(-" + expr(t, d+1) + ")"
			}
			return t + "(int16(" + expr("int16", d+1) + "))"
		}
		switch {
		case k < 0.5:
			return "(" + expr(t, d+1) + " " + g.pick("+", "-", "*", "&", "|", "^", "&^") + " " + expr(t, d+1) + ")"
		case k < 0.6:
			return "(" + expr(t, d+1) + " " + g.pick("/", "%") + " (" + expr(t, d+1) + " | 1))"
		case k < 0.72:
			return "(" + expr(t, d+1) + " " + g.pick("<<", ">>") + " (" + leaf("uint8") + " & 63))"
		case k < 0.8:
			return "(" + g.pick("-", "^") + expr(t, d+1) + ")"
		}
		return t + "(" + expr(g.pick(intTypes...), d+1) + ")"
	}
	g.p("package main\n\nimport \"fmt\"\n")
	for _, t := range []string{"MyI8", "MyU32", "MyUptr", "MyF32", "MyInt"} {
		g.p("type %s %s\n", t, named[t])
	}
	g.p("type S struct {")
	for _, t := range types {
		g.p("\tf_%s %s", t, t)
	}
	g.p("}\n")
	for _, t := range types {
		g.p("var g_%s = []%s{%s}\n\nfunc get_%s() []%s { return g_%s }\n", t, t, g.intLit(t), t, t, t)
	}
	g.p("func main() {\n\tvar s S\n\tps := &S{}\n\tarr2 := [2]S{}\n\tmps := map[string]*S{\"k\": ps}")
	for _, t := range types {
		g.p("\tx_%s := %s(%s)", t, t, g.intLit(t))
		g.p("\ts.f_%s = %s", t, g.intLit(t))
		g.p("\tps.f_%s = %s", t, g.intLit(t))
		g.p("\tarr2[0].f_%s = %s", t, g.intLit(t))
		g.p("\ta_%s := [3]%s{%s, %s, %s}", t, t, g.intLit(t), g.intLit(t), g.intLit(t))
		g.p("\tsl_%s := []%s{%s, %s, %s}", t, t, g.intLit(t), g.intLit(t), g.intLit(t))
		g.p("\tm_%s := map[string]%s{\"k\": %s}", t, t, g.intLit(t))
		g.p("\tv_%s := %s(%s)", t, t, g.intLit(t))
		g.p("\tp_%s := &v_%s", t, t)
		g.p("\tpa_%s := &a_%s", t, t)
	}
	for i := range 70 {
		t := g.pick(types...)
		k := g.r.Float64()
		switch {
		case k < 0.3:
			g.p("\tfmt.Println(%d, %s)", i, expr(t, 0))
		case k < 0.7:
			tgt := leaf(t)
			ops := []string{"+=", "-=", "*=", "|=", "&=", "^=", "<<=", ">>=", "&^=", "/=", "%=", "="}
			if isFloat(t) {
				ops = []string{"+=", "-=", "*=", "/=", "="}
			}
			op := g.pick(ops...)
			rhs := expr(t, 0)
			switch {
			case op == "<<=" || op == ">>=":
				rhs = "(" + leaf("uint") + " & 63)"
			case (op == "/=" || op == "%=") && !isFloat(t):
				rhs = "(" + rhs + " | 1)"
			}
			g.p("\t%s %s %s", tgt, op, rhs)
			g.p("\tfmt.Println(%d, %s)", i, tgt)
		case k < 0.85:
			tgt := leaf(t)
			g.p("\t%s%s", tgt, g.pick("++", "--"))
			g.p("\tfmt.Println(%d, %s)", i, tgt)
		default:
			g.p("\tfmt.Println(%d, %s %s %s)", i, expr(t, 0), g.pick("==", "!=", "<", "<=", ">", ">="), expr(t, 0))
		}
	}
	g.p("\tfmt.Println(s, *ps, arr2, *mps[\"k\"])")
	for _, t := range types {
		g.p("\t_, _, _, _, _, _ = x_%s, a_%s, sl_%s, m_%s, p_%s, pa_%s", t, t, t, t, t, t)
	}
	g.p("}")
}

// genFloat: float32/float64 arithmetic (float32 rounds after every
// operation), conversions float<->int within range, math functions, and
// formatting with fmt (%v %g %e %.3f) and strconv.
func genFloat(g *gen) {
	g.p("package main\n\nimport (\n\t\"fmt\"\n\t\"math\"\n\t\"strconv\"\n)\n")
	g.p("// clamp keeps a conversion to an integer type within range (out of range is implementation-defined).")
	g.p("func clamp(f float64) float64 {\n\tif f != f {\n\t\treturn 0\n\t}\n\treturn math.Max(-100, math.Min(100, f))\n}\n")
	g.p("type Temp float64\n\nfunc main() {")
	fl := []string{"float32", "float64"}
	vars := map[string][]string{}
	for _, t := range fl {
		for j := range 3 {
			n := fmt.Sprintf("%s_%d", t[:3]+t[5:], j)
			g.p("\t%s := %s(%s)", n, t, g.pick("0.5", "-1.25", "3", "1e10", "-7.75", "0.1", "100.125", "1e-7", "2.5", "-0.0", "1.0/3", "16777217", "0.3"))
			vars[t] = append(vars[t], n)
		}
	}
	g.p("\ti := %d\n\tu8 := uint8(%d)\n\ti64 := int64(%d)\n\tu32 := uint32(%d)\n\tvar tp Temp = %d.5", g.in(-50, 50), g.in(0, 255), g.in(-1<<40, 1<<40), g.in(0, 1<<31), g.in(-40, 40))
	var expr func(t string, d int) string
	expr = func(t string, d int) string {
		if d > 2 || g.pct(0.3) {
			return g.pick(vars[t]...)
		}
		switch k := g.r.Float64(); {
		case k < 0.5:
			return "(" + expr(t, d+1) + " " + g.pick("+", "-", "*", "/") + " " + expr(t, d+1) + ")"
		case k < 0.6:
			return "(-" + expr(t, d+1) + ")"
		case k < 0.7:
			return t + "(" + g.pick("i", "u8", "i64", "u32") + ")"
		case k < 0.8:
			other := "float32"
			if t == other {
				other = "float64"
			}
			return t + "(" + expr(other, d+1) + ")"
		case k < 0.9:
			f := g.pick("math.Sqrt(math.Abs(%s))", "math.Floor(%s)", "math.Trunc(%s)", "math.Round(%s)", "math.Abs(%s)", "math.Ceil(%s)", "math.Mod(%s, 7)")
			return t + "(" + fmt.Sprintf(f, "float64("+expr(t, d+1)+")") + ")"
		}
		return fmt.Sprintf("%s(%s)", t, "tp")
	}
	for i := range 60 {
		t := g.pick(fl...)
		switch k := g.r.Float64(); {
		case k < 0.25:
			g.p("\tfmt.Println(%d, %s)", i, expr(t, 0))
		case k < 0.45:
			verb := g.pick("%v", "%g", "%e", "%.3f", "%8.2f", "%-10.4g|", "%+.2e", "%x", "%.0f", "%5.1f")
			g.p("\tfmt.Printf(\"%d %s\\n\", %s)", i, verb, expr(t, 0))
		case k < 0.6:
			tgt := g.pick(vars[t]...)
			g.p("\t%s %s %s", tgt, g.pick("+=", "-=", "*=", "/=", "="), expr(t, 0))
			g.p("\tfmt.Println(%d, %s)", i, tgt)
		case k < 0.72:
			it := g.pick("int", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "uint")
			off := ""
			if strings.HasPrefix(it, "u") {
				off = " + 100"
			}
			g.p("\tfmt.Println(%d, %s(clamp(float64(%s))%s))", i, it, expr(t, 0), off)
		case k < 0.85:
			size := "64"
			if t == "float32" {
				size = "32"
			}
			g.p("\tfmt.Println(%d, strconv.FormatFloat(float64(%s), '%s', %d, %s))", i, expr(t, 0), g.pick("f", "g", "e", "G"), g.in(-1, 6), size)
		case k < 0.92:
			g.p("\tif f, err := strconv.ParseFloat(%q, 64); err == nil {\n\t\tfmt.Println(%d, f, float32(f), float64(%s(f)) == f)\n\t} else {\n\t\tfmt.Println(%d, err)\n\t}", g.pick("1.5", "-0", "1e400", "0x1p-2", "inf", "NaN", "3.14159", "1_000.5", "abc", ".5e1"), i, g.pick("float64", "float32"), i)
		default:
			g.p("\tfmt.Println(%d, math.IsNaN(float64(%s)), math.IsInf(float64(%s), 0), math.Signbit(float64(%s)), %s == %s, %s < %s)", i, expr(t, 0), expr(t, 0), expr(t, 0), expr(t, 0), expr(t, 0), expr(t, 0), expr(t, 0))
		}
	}
	g.p("\ttp += Temp(%s)\n\tfmt.Println(tp, float64(tp) > 0)", g.pick(vars["float64"]...))
	g.p("\tfmt.Println(strconv.Itoa(i))\n\t_, _, _, _ = i, u8, i64, u32")
	for _, t := range fl {
		g.p("\t_, _, _ = %s", strings.Join(vars[t], ", "))
	}
	g.p("}")
}
