package main

import (
	"fmt"
	"strings"
)

// flowGen writes nested statements: loops (labelled or not, three forms),
// if/else chains, switch with fallthrough, closures with deferred changes
// of named results, slices of closures.
type flowGen struct {
	*gen
	lines    []string
	loopVars []string
	budget   int
	depth    int
}

func (f *flowGen) emit(ind int, format string, args ...any) {
	f.lines = append(f.lines, strings.Repeat("\t", ind)+fmt.Sprintf(format, args...))
}

func (f *flowGen) v() string { return f.pick(append([]string{"a", "b", "c"}, f.loopVars...)...) }

func (f *flowGen) cond() string {
	v, w := f.v(), f.v()
	switch f.n(4) {
	case 0:
		return fmt.Sprintf("%s%%%d == %d", v, f.in(2, 4), f.in(0, 1))
	case 1:
		return v + " < " + w
	case 2:
		return fmt.Sprintf("%s > %d", v, f.in(-3, 10))
	}
	return v + " != " + w + "+1"
}

func (f *flowGen) stmt(ind int, labels []string) {
	f.budget--
	k := f.r.Float64()
	if f.budget <= 0 || f.depth > 4 || k < 0.25 {
		v := f.pick("a", "b", "c")
		f.emit(ind, "%s %s %s + %d", v, f.pick("+=", "-=", "*=", "=", "^="), f.v(), f.in(-2, 3))
		f.emit(ind, "%s = %s %% 1000", v, v)
		f.emit(ind, "out = append(out, fmt.Sprint(\"%d:\", a, b, c))", len(f.lines))
		return
	}
	f.depth++
	defer func() { f.depth-- }()
	switch {
	case k < 0.45:
		lv := fmt.Sprintf("i%d", len(f.lines))
		lab := ""
		if f.pct(0.5) {
			lab = fmt.Sprintf("L%d", len(f.lines))
			f.emit(ind, "%s:", lab)
		}
		switch f.n(3) {
		case 0:
			f.emit(ind, "for %s := 0; %s < %d; %s++ {", lv, lv, f.in(1, 4), lv)
		case 1:
			f.emit(ind, "for %s := range %d {", lv, f.in(1, 4))
		default:
			f.emit(ind, "for _, %s := range []int{%s} {", lv, f.ints(3, -5, 5))
		}
		f.loopVars = append(f.loopVars, lv)
		f.emit(ind+1, "_ = %s", lv)
		inner := labels
		if lab != "" {
			inner = append(append([]string{}, labels...), lab)
		}
		for range f.in(1, 3) {
			f.stmt(ind+1, inner)
		}
		if f.pct(0.5) {
			f.emit(ind+1, "if %s {", f.cond())
			f.emit(ind+2, "%s", strings.TrimSpace(f.pick("break", "continue")+" "+f.pick(append(inner, "")...)))
			f.emit(ind+1, "}")
		}
		if lab != "" {
			// A label must be used: jump to it once.
			f.emit(ind+1, "if %s {", f.cond())
			f.emit(ind+2, "%s %s", f.pick("break", "continue"), lab)
			f.emit(ind+1, "}")
		}
		f.loopVars = f.loopVars[:len(f.loopVars)-1]
		f.emit(ind, "}")
	case k < 0.65:
		f.emit(ind, "if %s {", f.cond())
		f.stmt(ind+1, labels)
		if f.pct(0.5) {
			f.emit(ind, "} else if %s {", f.cond())
			f.stmt(ind+1, labels)
		}
		if f.pct(0.5) {
			f.emit(ind, "} else {")
			f.stmt(ind+1, labels)
		}
		f.emit(ind, "}")
	case k < 0.8:
		f.emit(ind, "switch %s %% 4 {", f.v())
		cases := f.sample([]string{"0", "1", "2", "3", "-1", "-2", "-3"}, f.in(1, 4))
		for i, c := range cases {
			f.emit(ind, "case %s:", c)
			f.stmt(ind+1, labels)
			if i < len(cases)-1 && f.pct(0.3) {
				f.emit(ind+1, "fallthrough")
			}
		}
		if f.pct(0.5) {
			f.emit(ind, "default:")
			f.stmt(ind+1, labels)
		}
		f.emit(ind, "}")
	case k < 0.9:
		fn := fmt.Sprintf("f%d", len(f.lines))
		v := f.pick("a", "b", "c")
		f.emit(ind, "%s := func(n int) (res int) {", fn)
		f.emit(ind+1, "defer func() { res += %s; out = append(out, fmt.Sprint(\"defer\", n, res)) }()", v)
		f.emit(ind+1, "%s += n", v)
		f.emit(ind+1, "if n%%2 == 0 {\n%sreturn n * %d\n%s}", strings.Repeat("\t", ind+2), f.in(1, 3), strings.Repeat("\t", ind+1))
		f.emit(ind+1, "return -n")
		f.emit(ind, "}")
		f.emit(ind, "%s = %s(%s) %% 1000", f.pick("a", "b", "c"), fn, f.v())
	default:
		fs := fmt.Sprintf("fs%d", len(f.lines))
		f.emit(ind, "var %s []func() int", fs)
		f.emit(ind, "for k := range 3 {")
		f.emit(ind+1, "%s = append(%s, func() int { return k*10 + %s })", fs, fs, f.pick("a", "b", "c"))
		f.emit(ind, "}")
		f.emit(ind, "for _, f := range %s {\n%s%s += f() %% 100\n%s}", fs, strings.Repeat("\t", ind+1), f.pick("a", "b", "c"), strings.Repeat("\t", ind))
	}
}

// genControl: nested loops with labels, break/continue, switch/fallthrough, defers.
func genControl(g *gen) {
	f := &flowGen{gen: g, budget: 40}
	for range 8 {
		f.stmt(1, nil)
	}
	g.p("package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta, b, c := %d, %d, %d\n\tvar out []string", g.in(-5, 5), g.in(-5, 5), g.in(-5, 5))
	for _, l := range f.lines {
		g.p("%s", l)
	}
	g.p("\tfor _, o := range out {\n\t\tfmt.Println(o)\n\t}\n\tfmt.Println(a, b, c, len(out))\n}")
}

// panicGen writes a tree of functions that panic, recover (sometimes
// re-panicking), change named results in deferred closures, and return errors.
type panicGen struct {
	*gen
	n     int
	funcs []string
}

func (p *panicGen) fn(depth int) string {
	p.n++
	name := fmt.Sprintf("f%d", p.n)
	var callees []string
	if depth < 3 {
		for range p.in(0, 2) {
			callees = append(callees, p.fn(depth+1))
		}
	}
	named := p.pct(0.6)
	sig := "(x int) (int, error)"
	if named {
		sig = "(x int) (res int, err error)"
	}
	L := []string{fmt.Sprintf("func %s%s {", name, sig), fmt.Sprintf("\tlog = append(log, fmt.Sprint(\"enter %s \", x))", name)}
	for k := range p.in(1, 4) {
		c := p.r.Float64()
		switch {
		case c < 0.3:
			L = append(L, "\tdefer func() {")
			if p.pct(0.5) {
				L = append(L, "\t\tif p := recover(); p != nil {", fmt.Sprintf("\t\t\tlog = append(log, fmt.Sprint(\"%s recovered \", p))", name))
				if named {
					L = append(L, fmt.Sprintf("\t\t\terr = fmt.Errorf(\"%s: %%v\", p)", name))
				}
				if p.pct(0.2) {
					L = append(L, "\t\t\tpanic(fmt.Sprint(\"re-\", p))")
				}
				L = append(L, "\t\t}")
			}
			if named && p.pct(0.6) {
				L = append(L, fmt.Sprintf("\t\tres += %d", p.in(1, 9)))
			}
			L = append(L, fmt.Sprintf("\t\tlog = append(log, \"defer %s %d\")", name, k), "\t}()")
		case c < 0.45:
			L = append(L, fmt.Sprintf("\tdefer logf(fmt.Sprint(\"arg %s \", x))", name))
		case c < 0.6:
			L = append(L, fmt.Sprintf("\tif x%%%d == %d {", p.in(2, 5), p.in(0, 1)),
				"\t\tpanic("+p.pick(fmt.Sprintf("fmt.Sprint(\"p%s \", x)", name), fmt.Sprintf("errors.New(\"e%s\")", name), "x", "[]int{x}[x%3+5]", "10 / (x - x)", "any(nil).(int)", "any(x).(string)", "fmt.Errorf(\"wrapped: %w\", io.EOF)")+")", "\t}")
		case c < 0.8 && len(callees) > 0:
			L = append(L, fmt.Sprintf("\tif v, e := %s(x + %d); e != nil {", p.pick(callees...), p.in(0, 3)),
				fmt.Sprintf("\t\tlog = append(log, fmt.Sprint(\"%s got \", e, errors.Is(e, io.EOF)))", name))
			if p.pct(0.3) {
				L = append(L, "\t\treturn v, e")
			}
			L = append(L, "\t} else {", "\t\tx += v", "\t}")
		default:
			L = append(L, fmt.Sprintf("\tx = x*%d + %d", p.in(1, 3), p.in(-2, 2)))
		}
	}
	L = append(L, "\treturn x, nil", "}")
	p.funcs = append(p.funcs, strings.Join(L, "\n"))
	return name
}

// genPanics: panics, defers, recover, re-panics, named results, runtime errors.
func genPanics(g *gen) {
	p := &panicGen{gen: g}
	var tops []string
	for range 3 {
		tops = append(tops, p.fn(0))
	}
	g.p("package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"io\"\n)\n\nvar log []string\n\nfunc logf(s string) { log = append(log, s) }\n\nvar _, _ = errors.New, io.EOF\n")
	g.p("%s\n", strings.Join(p.funcs, "\n\n"))
	g.p("func main() {")
	for _, t := range tops {
		for x := range 6 {
			g.p("\tfunc() {\n\t\tdefer func() {\n\t\t\tif p := recover(); p != nil {\n\t\t\t\tlog = append(log, fmt.Sprint(\"main recovered \", p))\n\t\t\t}\n\t\t}()")
			g.p("\t\tv, err := %s(%d)\n\t\tlog = append(log, fmt.Sprint(\"result \", v, \" \", err))\n\t}()", t, x)
		}
	}
	g.p("\tfor _, l := range log {\n\t\tfmt.Println(l)\n\t}\n}")
}
