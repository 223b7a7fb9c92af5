package main

import (
	"fmt"
	"strings"
)

// seqGen writes nested loops over iterators and plain loops with labelled
// and unlabelled break and continue, return and goto out of them.
type seqGen struct {
	*gen
	used map[string]bool
	vars []string
	labs []string // the labels of the enclosing loops, outermost first
	next int      // the number of the next label
	maxD int
}

func (s *seqGen) cond() string {
	v := s.vars[s.n(len(s.vars))]
	switch s.n(3) {
	case 0:
		return fmt.Sprintf("%s == %d", v, s.in(0, 3))
	case 1:
		return fmt.Sprintf("%s%%%d == %d", v, s.in(2, 3), s.in(0, 1))
	}
	w := s.vars[s.n(len(s.vars))]
	return fmt.Sprintf("%s+%s > %d", v, w, s.in(1, 5))
}

func (s *seqGen) jump() string {
	lab := s.labs[s.n(len(s.labs))]
	switch s.n(7) {
	case 0:
		return "break"
	case 1:
		return "continue"
	case 2:
		s.used[lab] = true
		return "break " + lab
	case 3:
		s.used[lab] = true
		return "continue " + lab
	case 4:
		return s.pick("return", "return append(out, \"ret\")", "return []string{\"fresh\"}")
	case 5:
		s.used["End"] = true
		return "goto End"
	}
	s.used[lab] = true
	return s.pick("break ", "continue ") + lab
}

func (s *seqGen) loop(d int) string {
	var b strings.Builder
	lab := fmt.Sprint("L", s.next)
	s.next++
	s.labs = append(s.labs, lab)
	v := fmt.Sprint("v", d)
	n := s.in(0, 4)
	header := ""
	extra := ""
	switch s.n(7) {
	case 0:
		header = fmt.Sprintf("for %s := range count(%d)", v, n)
	case 1:
		header = fmt.Sprintf("for %s, w%d := range pairs(%d)", v, d, n)
		extra = fmt.Sprintf("w%d", d)
	case 2:
		header = fmt.Sprintf("for %s := range %d", v, n)
	case 3:
		header = fmt.Sprintf("for %s := 0; %s < %d; %s++", v, v, n, v)
	case 4:
		header = fmt.Sprintf("for %s := range doubled(%d)", v, n)
	case 5:
		header = fmt.Sprintf("for _, %s := range slices.All([]int{%s})", v, s.ints(n, 0, 4))
	default:
		header = fmt.Sprintf("for %s := range s.Each(%d)", v, n)
	}
	s.vars = append(s.vars, v)
	defer func() {
		s.vars = s.vars[:len(s.vars)-1]
		s.labs = s.labs[:len(s.labs)-1]
	}()
	fmt.Fprintf(&b, "%s {\n", header)
	stmts := s.in(1, 3)
	for range stmts {
		switch c := s.r.Float64(); {
		case c < 0.35 && d < s.maxD-1:
			b.WriteString(s.loop(d + 1))
		case c < 0.7:
			fmt.Fprintf(&b, "if %s {\n%s\n}\n", s.cond(), s.jump())
		case c < 0.8:
			fmt.Fprintf(&b, "defer func() { out = append(out, fmt.Sprint(\"d\", %s)) }()\n", strings.Join(s.vars, ", "))
		default:
			fmt.Fprintf(&b, "out = append(out, fmt.Sprint(%s))\n", strings.Join(s.vars, ", "))
		}
	}
	all := append([]string{}, s.vars...)
	if extra != "" {
		all = append(all, extra)
	}
	fmt.Fprintf(&b, "out = append(out, fmt.Sprint(%s))\n}\n", strings.Join(all, ", "))
	code := b.String()
	if s.used[lab] {
		delete(s.used, lab)
		code = lab + ":\n" + code
	}
	return code
}

// genSeqLabels: nested loops over range-over-func iterators (iter.Seq,
// iter.Seq2, an iterator built on another, a method iterator) mixed with
// plain loops, with labelled and unlabelled break and continue, return and
// goto out of the nest, defers in the bodies, and iterators that log when
// yield returns false; now and then an iterator that ignores yield's
// false (a run-time panic in Go).
func genSeqLabels(g *gen) {
	g.lit(`package main

import (
	"fmt"
	"iter"
	"slices"
)

var log []string

var _ = slices.All[[]int]

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { log = append(log, fmt.Sprint("count done ", n)) }()
		for i := range n {
			if !yield(i) {
				log = append(log, fmt.Sprint("count stop ", i))
				return
			}
		}
	}
}

func pairs(n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := range n {
			if !yield(i, string(rune('a'+i))) {
				log = append(log, fmt.Sprint("pairs stop ", i))
				return
			}
		}
	}
}

func doubled(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for v := range count(n) {
			if !yield(v * 2) {
				return
			}
		}
	}
}

func careless(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			yield(i)
		}
	}
}

type S struct{ name string }

func (s S) Each(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				log = append(log, s.name+" stop")
				return
			}
		}
	}
}

func run(k int, f func() []string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(k, "panic:", r, log)
		}
		log = nil
	}()
	out := f()
	fmt.Println(k, out, log)
}
`)
	nf := 10
	for k := range nf {
		s := &seqGen{gen: g, used: map[string]bool{}, maxD: g.in(2, 3)}
		g.p("func f%d() (out []string) {\n\ts := S{\"s%d\"}\n\t_ = s\n\tdefer func() { out = append(out, \"end\") }()", k, k)
		if g.pct(0.1) {
			g.p("\tfor v := range careless(%d) {\n\t\tif v == %d {\n\t\t\tbreak\n\t\t}\n\t\tout = append(out, fmt.Sprint(v))\n\t}", g.in(1, 4), g.in(0, 2))
		}
		g.b.WriteString(s.loop(0))
		if s.used["End"] {
			g.p("End:\n\tout = append(out, \"at End\")")
		}
		g.p("\treturn\n}\n")
	}
	g.p("func main() {")
	for k := range nf {
		g.p("\trun(%d, f%d)", k, k)
	}
	g.p("}")
}

// genChans: goroutines and channels in deterministic patterns: results
// written by index, unbuffered ping-pong, pipelines closed stage by stage,
// select with exactly one ready case (or a default), closed and nil
// channels, the panics of channel misuse, request/response over a channel
// of channels, and a worker pool whose results are put back in order.
func genChans(g *gen) {
	g.lit(`package main

import (
	"context"
	"fmt"
	"sync"
)

func try(i int, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(i, "panic:", r)
		}
	}()
	f()
}

func gen(xs ...int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func sq(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

type req struct {
	n    int
	resp chan string
}

func server(reqs chan req) {
	for r := range reqs {
		r.resp <- fmt.Sprint("got ", r.n)
	}
}

func main() {
	_ = context.Background
	var _ sync.Mutex`)
	for i := range 18 {
		n := g.in(0, 6)
		switch g.n(12) {
		case 0:
			g.p("\t{\n\t\tres := make([]int, %d)\n\t\tvar wg sync.WaitGroup\n\t\tfor i := range res {\n\t\t\twg.Add(1)\n\t\t\tgo func() {\n\t\t\t\tdefer wg.Done()\n\t\t\t\tres[i] = i*i - %d\n\t\t\t}()\n\t\t}\n\t\twg.Wait()\n\t\tfmt.Println(%d, res)\n\t}", n, g.in(0, 9), i)
		case 1:
			g.p("\t{\n\t\tping, pong := make(chan int), make(chan int)\n\t\tdone := make(chan []int)\n\t\tgo func() {\n\t\t\tvar seen []int\n\t\t\tfor v := range ping {\n\t\t\t\tseen = append(seen, v)\n\t\t\t\tpong <- v * 2\n\t\t\t}\n\t\t\tdone <- seen\n\t\t}()\n\t\tv := %d\n\t\tfor range %d {\n\t\t\tping <- v\n\t\t\tv = <-pong + 1\n\t\t}\n\t\tclose(ping)\n\t\tfmt.Println(%d, v, <-done)\n\t}", g.in(-3, 3), n, i)
		case 2:
			g.p("\t{\n\t\ttotal := 0\n\t\tfor v := range sq(sq(gen(%s))) {\n\t\t\ttotal += v\n\t\t\tfmt.Print(v, \" \")\n\t\t}\n\t\tfmt.Println(%d, total)\n\t}", g.ints(n, -3, 3), i)
		case 3:
			ready := g.n(3)
			g.p("\t{\n\t\tc0, c1, c2 := make(chan int, 1), make(chan string, 1), make(chan struct{})\n\t\tvar cn chan int")
			switch ready {
			case 0:
				g.p("\t\tc0 <- %d", g.in(0, 9))
			case 1:
				g.p("\t\tc1 <- %q", g.pick("x", "y"))
			default:
				g.p("\t\tclose(c2)")
			}
			g.p("\t\tselect {\n\t\tcase v := <-c0:\n\t\t\tfmt.Println(%d, \"c0\", v)\n\t\tcase v, ok := <-c1:\n\t\t\tfmt.Println(%d, \"c1\", v, ok)\n\t\tcase v, ok := <-c2:\n\t\t\tfmt.Println(%d, \"c2\", v, ok)\n\t\tcase cn <- 1:\n\t\t\tfmt.Println(%d, \"nil send\")\n\t\tcase <-cn:\n\t\t\tfmt.Println(%d, \"nil recv\")\n\t\t}\n\t\tfmt.Println(len(c0), cap(c0), len(c1))\n\t}", i, i, i, i, i)
		case 4:
			g.p("\t{\n\t\tc := make(chan int, %d)\n\t\tselect {\n\t\tcase v := <-c:\n\t\t\tfmt.Println(%d, \"got\", v)\n\t\tdefault:\n\t\t\tfmt.Println(%d, \"default\", len(c), cap(c))\n\t\t}\n\t\tselect {\n\t\tcase c <- %d:\n\t\t\tfmt.Println(%d, \"sent\", len(c))\n\t\tdefault:\n\t\t\tfmt.Println(%d, \"full\")\n\t\t}\n\t}", n, i, i, g.in(0, 9), i, i)
		case 5:
			g.p("\t{\n\t\tc := make(chan int, %d)\n\t\tfor i := range %d {\n\t\t\tc <- i * %d\n\t\t}\n\t\tclose(c)\n\t\tfmt.Print(%d, \" \", len(c), \" \")\n\t\tfor range %d {\n\t\t\tv, ok := <-c\n\t\t\tfmt.Print(v, ok, \" \")\n\t\t}\n\t\tfmt.Println()\n\t}", n+1, n, g.in(1, 5), i, n+2)
		case 6:
			g.p("\ttry(%d, func() {\n%s\n\t})", i, g.pick(
				"\t\tc := make(chan int, 1)\n\t\tclose(c)\n\t\tc <- 1",
				"\t\tvar c chan int\n\t\tclose(c)",
				"\t\tc := make(chan int)\n\t\tclose(c)\n\t\tclose(c)",
				"\t\tc := make(chan int)\n\t\tclose(c)\n\t\tv, ok := <-c\n\t\tfmt.Println(v, ok)\n\t\tpanic(fmt.Sprint(\"after \", v))"))
		case 7:
			g.p("\t{\n\t\treqs := make(chan req)\n\t\tgo server(reqs)\n\t\tfor k := range %d {\n\t\t\tr := req{k * %d, make(chan string)}\n\t\t\treqs <- r\n\t\t\tfmt.Print(<-r.resp, \"; \")\n\t\t}\n\t\tclose(reqs)\n\t\tfmt.Println(%d)\n\t}", n, g.in(1, 9), i)
		case 8:
			g.p("\t{\n\t\tjobs := make(chan int)\n\t\tresults := make(chan [2]int)\n\t\tvar wg sync.WaitGroup\n\t\tfor range %d {\n\t\t\twg.Go(func() {\n\t\t\t\tfor j := range jobs {\n\t\t\t\t\tresults <- [2]int{j, j * j * %d}\n\t\t\t\t}\n\t\t\t})\n\t\t}\n\t\tgo func() {\n\t\t\tfor j := range %d {\n\t\t\t\tjobs <- j\n\t\t\t}\n\t\t\tclose(jobs)\n\t\t\twg.Wait()\n\t\t\tclose(results)\n\t\t}()\n\t\tout := make([]int, %d)\n\t\tfor r := range results {\n\t\t\tout[r[0]] = r[1]\n\t\t}\n\t\tfmt.Println(%d, out)\n\t}", g.in(1, 3), g.in(1, 3), n, n, i)
		case 9:
			g.p("\t{\n\t\tvar once sync.Once\n\t\tvar mu sync.Mutex\n\t\tcount, inits := 0, 0\n\t\tvar wg sync.WaitGroup\n\t\tfor k := range %d {\n\t\t\twg.Go(func() {\n\t\t\t\tonce.Do(func() { inits++ })\n\t\t\t\tmu.Lock()\n\t\t\t\tcount += k\n\t\t\t\tmu.Unlock()\n\t\t\t})\n\t\t}\n\t\twg.Wait()\n\t\tfmt.Println(%d, count, inits)\n\t}", n, i)
		case 10:
			g.p("\t{\n\t\tctx, cancel := context.WithCancel(context.Background())\n\t\tout := make(chan int)\n\t\tgo func() {\n\t\t\tdefer close(out)\n\t\t\tfor k := 0; ; k++ {\n\t\t\t\tselect {\n\t\t\t\tcase out <- k:\n\t\t\t\tcase <-ctx.Done():\n\t\t\t\t\treturn\n\t\t\t\t}\n\t\t\t}\n\t\t}()\n\t\tvar got []int\n\t\tfor v := range out {\n\t\t\tgot = append(got, v)\n\t\t\tif v == %d {\n\t\t\t\tcancel()\n\t\t\t\tbreak\n\t\t\t}\n\t\t}\n\t\tcancel()\n\t\tfor range out {\n\t\t}\n\t\tfmt.Println(%d, got, ctx.Err())\n\t}", n, i)
		default:
			g.p("\t{\n\t\tc := make(chan int, 3)\n\t\tvar r <-chan int = c\n\t\tvar s chan<- int = c\n\t\ts <- %d\n\t\tfmt.Printf(\"%d %%T %%T %%T %%d\\n\", c, r, s, <-r)\n\t}", g.in(0, 9), i)
		}
	}
	g.p("}")
}

// genScopes: shadowing in if, switch, type switch and for headers and in
// nested blocks and closures, := redeclaring some names of a list, closures
// returned from loops and deferred in loops, and goto backward (a loop) and
// forward (skipping statements, leaving nested loops).
func genScopes(g *gen) {
	g.lit(`package main

import (
	"errors"
	"fmt"
)

var x = 100

func named() (r int, err error) {
	r = 1
	{
		r := 5
		r++
		_ = r
	}
	if r, err := 7, errors.New("inner"); r > 0 {
		_ = err
	}
	return
}

func deferLoop(n int) (out []int) {
	for i := range n {
		defer func() { out = append(out, i) }()
		i := i * 10
		defer func() { out = append(out, i) }()
	}
	return []int{-1}
}

func makers(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		y := i * 2
		fs = append(fs, func() int {
			y++
			return i*100 + y
		})
	}
	return fs
}

func main() {
	fmt.Println(named())`)
	for i := range 22 {
		a, b := g.in(-3, 5), g.in(-3, 5)
		switch g.n(14) {
		case 12:
			over := g.pick("range %d", "_, x := range []int{0, 1, 2, 3, 4}[:%d]", "x := 0; x < %d; x++", "x := range uint8(%d)", "_, x := range [4]int8{0, 1, 2, 3}", "x := range \"abcd\"[:%d]", "x := range ch%d")
			if strings.Contains(over, "range %d") {
				over = "x := " + over
			}
			if strings.Contains(over, "%d") {
				over = fmt.Sprintf(over, g.in(0, 4))
			}
			pre := ""
			if strings.Contains(over, "ch") {
				pre = "ch := make(chan int, 4)\n\t\tfor k := range 3 {\n\t\t\tch <- k\n\t\t}\n\t\tclose(ch)\n"
				over = "x := range ch"
			}
			jump := g.pick("continue", "continue loop%d", "break", "break loop%d")
			if strings.Contains(jump, "%d") {
				jump = fmt.Sprintf(jump, i)
			}
			label := ""
			if strings.Contains(jump, "loop") {
				label = fmt.Sprintf("loop%d:\n", i)
			}
			g.p("\t{\n\t\t%svar fs []func() string\n%s\t\tfor %s {\n\t\t\tfs = append(fs, func() string { return fmt.Sprint(x) })\n\t\t\tswitch {\n\t\t\tcase fmt.Sprint(x) == %q:\n\t\t\t\t%s\n\t\t\tcase len(fs) > %d:\n\t\t\t\tcontinue\n\t\t\t}\n\t\t\tfs = append(fs, func() string { return fmt.Sprint(\"-\", x) })\n\t\t}\n\t\tfor _, f := range fs {\n\t\t\tfmt.Print(f(), \" \")\n\t\t}\n\t\tfmt.Println(%d)\n\t}", pre, label, over, fmt.Sprint(g.in(0, 3)), jump, g.in(0, 3), i)
		case 13:
			g.p("\t{\n\t\tvar ps []*int\n\t\tfor i := 0; i < %d; i++ {\n\t\t\tps = append(ps, &i)\n\t\t\tif i%%2 == %d {\n\t\t\t\ti++\n\t\t\t\tcontinue\n\t\t\t}\n\t\t\tdefer func() { fmt.Print(\"d\", i, \" \") }()\n\t\t}\n\t\tfor _, p := range ps {\n\t\t\tfmt.Print(*p, \" \")\n\t\t}\n\t\tfmt.Println(%d)\n\t}", g.in(0, 6), g.in(0, 1), i)
		case 0:
			g.p("\t{\n\t\tx := %d\n\t\tif x := x * 2; x > %d {\n\t\t\tx := x + 1\n\t\t\tfmt.Println(%d, \"then\", x)\n\t\t} else if y := x - 1; y < 0 {\n\t\t\tfmt.Println(%d, \"elif\", x, y)\n\t\t} else {\n\t\t\tx++\n\t\t\tfmt.Println(%d, \"else\", x, y)\n\t\t}\n\t\tfmt.Println(%d, x)\n\t}", a, b, i, i, i, i)
		case 1:
			g.p("\t{\n\t\tx := %d\n\t\tswitch x := x + 1; {\n\t\tcase x > %d:\n\t\t\tx := fmt.Sprint(\"s\", x)\n\t\t\tfmt.Println(%d, x)\n\t\t\tfallthrough\n\t\tcase x < 0:\n\t\t\tfmt.Println(%d, \"second\", x)\n\t\tdefault:\n\t\t\tx *= 3\n\t\t\tfmt.Println(%d, \"default\", x)\n\t\t}\n\t\tfmt.Println(%d, x)\n\t}", a, b, i, i, i, i)
		case 2:
			g.p("\t{\n\t\tfor x := 0; x < %d; x++ {\n\t\t\tx := x * 10\n\t\t\tfmt.Print(x, \" \")\n\t\t}\n\t\tfmt.Println(%d, x)\n\t}", g.in(0, 4), i)
		case 3:
			g.p("\t{\n\t\tvar v any = %s\n\t\tswitch x := v.(type) {\n\t\tcase int:\n\t\t\tx += %d\n\t\t\tfmt.Println(%d, \"int\", x)\n\t\tcase string, error:\n\t\t\tfmt.Println(%d, \"str/err\", x)\n\t\tdefault:\n\t\t\tfmt.Println(%d, \"default\", x)\n\t\t}\n\t\tfmt.Println(%d, x)\n\t}", g.pick(fmt.Sprint(a), `"s"`, "errors.New(\"e\")", "1.5", "nil", "x"), b, i, i, i, i)
		case 4:
			g.p("\t{\n\t\tfs := makers(%d)\n\t\tfor _, f := range fs {\n\t\t\tfmt.Print(f(), \" \", f(), \" \")\n\t\t}\n\t\tfmt.Println(%d)\n\t}", g.in(0, 4), i)
		case 5:
			g.p("\tfmt.Println(%d, deferLoop(%d))", i, g.in(0, 4))
		case 6:
			g.p("\t{\n\t\tk, acc := 0, 0\n\tback%d:\n\t\tif k < %d {\n\t\t\tacc += k * %d\n\t\t\tk++\n\t\t\tgoto back%d\n\t\t}\n\t\tfmt.Println(%d, k, acc)\n\t}", i, g.in(0, 6), g.in(1, 3), i, i)
		case 7:
			g.p("\t{\n\t\tn := %d\n\t\tif n > %d {\n\t\t\tgoto skip%d\n\t\t}\n\t\tn *= 10\n\t\tfmt.Println(%d, \"not skipped\")\n\tskip%d:\n\t\tfmt.Println(%d, n)\n\t}", a, b, i, i, i, i)
		case 8:
			g.p("\t{\n\t\tfound := [2]int{-1, -1}\n\t\tfor i := range %d {\n\t\t\tfor j := range %d {\n\t\t\t\tif i*j == %d {\n\t\t\t\t\tfound = [2]int{i, j}\n\t\t\t\t\tgoto done%d\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tfmt.Println(%d, \"not found\")\n\tdone%d:\n\t\tfmt.Println(%d, found)\n\t}", g.in(0, 4), g.in(0, 4), g.in(0, 6), i, i, i, i)
		case 9:
			g.p("\t{\n\t\tx := %d\n\t\tf := func() int {\n\t\t\tx := x + 1\n\t\t\treturn x\n\t\t}\n\t\th := func() int {\n\t\t\tx++\n\t\t\treturn x\n\t\t}\n\t\tx = %d\n\t\tfmt.Println(%d, f(), h(), f(), x)\n\t}", a, b, i)
		case 10:
			g.p("\t{\n\t\ta, err := %d, error(nil)\n\t\tb, err := %d, errors.New(\"b\")\n\t\t{\n\t\t\ta, err := a+1, errors.New(\"inner\")\n\t\t\tfmt.Println(%d, a, err)\n\t\t}\n\t\tfmt.Println(%d, a, b, err)\n\t}", a, b, i, i)
		default:
			g.p("\tx += %d\n\t{\n\t\tx := x\n\t\tx++\n\t\tfor x := range 2 {\n\t\t\t_ = x\n\t\t}\n\t\tfmt.Println(%d, x)\n\t}\n\tfmt.Println(%d, x)", a, i, i)
		}
	}
	g.p("}")
}

// genPredecl: predeclared identifiers (len, cap, append, copy, new, make,
// min, max, true, false, nil, string, int, byte, error, any, rune, clear)
// shadowed in local scopes by variables, funcs, types, aliases and
// parameters, and used again as builtins once the scope ends; struct
// fields and methods named like them.
func genPredecl(g *gen) {
	g.lit(`package main

import "fmt"

type S struct {
	len, cap int
	string   string
	new      func() int
}

func (s S) append(x int) int { return s.len + x }

func (s *S) copy() S { return *s }

func params(len int, string string, nil bool) string {
	return fmt.Sprint(len*2, string+"!", !nil)
}

func results() (int, error string) {
	int = "i"
	error = "e"
	return
}

func main() {`)
	snips := []string{
		"len := func(s string) int { return 42 }\n\t\tfmt.Println(%d, len(\"abc\"))",
		"true := false\n\t\tfmt.Println(%d, true, !true, true == false)",
		"type int = string\n\t\tvar x int = \"s\"\n\t\tfmt.Printf(\"%d %%v %%T\\n\", x, x)",
		"nil := 5\n\t\tfmt.Println(%d, nil+1)",
		"string := 3\n\t\tfmt.Println(%d, string+1)",
		"any := []int{1}\n\t\tfmt.Println(%d, any, len(any))",
		"error := \"e\"\n\t\tfmt.Println(%d, error+\"rr\")",
		"max := min(3, 4)\n\t\tmin := max * 2\n\t\tfmt.Println(%d, min, max)",
		"copy := append([]int{}, 1, 2)\n\t\tappend := len(copy)\n\t\tfmt.Println(%d, copy, append)",
		"new := func() int { return 1 }\n\t\tfmt.Println(%d, new()+new())",
		"cap := \"c\"\n\t\tfmt.Println(%d, cap+cap)",
		"make := map[string]int{\"a\": 1}\n\t\tfmt.Println(%d, make[\"a\"], len(make))",
		"s := S{len: 2, cap: 3, string: \"x\", new: func() int { return 9 }}\n\t\tc := s.copy()\n\t\tfmt.Println(%d, s.append(1), c.len, c.cap, c.string, s.new())",
		"fmt.Println(%d, params(3, \"s\", false))",
		"a, b := results()\n\t\tfmt.Println(%d, a, b)",
		"clear := func(m map[int]int) int { return len(m) }\n\t\tfmt.Println(%d, clear(map[int]int{1: 1}))",
		"type byte int\n\t\tvar b byte = 300\n\t\tfmt.Printf(\"%d %%v %%T\\n\", b, b)",
		"type rune struct{ r int32 }\n\t\tfmt.Printf(\"%d %%v %%T %%v\\n\", rune{5}, rune{5}, rune{6}.r)",
		"type uint16 int8\n\t\tvar b uint16 = -100\n\t\tfmt.Printf(\"%d %%v %%T\\n\", b, b)",
		"type complex64 struct{ r int32 }\n\t\tfmt.Printf(\"%d %%v %%T\\n\", complex64{5}, complex64{5}.r)",
		"false := 1 > 0\n\t\tif false {\n\t\t\tfmt.Println(%d, \"false is true here\")\n\t\t}",
		"for len := range 2 {\n\t\t\tfmt.Print(len, \" \")\n\t\t}\n\t\tfmt.Println(%d)",
		"switch string := any(3).(type) {\n\t\tcase int:\n\t\t\tfmt.Println(%d, string+1)\n\t\t}",
		"if nil := 0; nil == 0 {\n\t\t\tfmt.Println(%d, \"nil is zero\")\n\t\t}",
		"f := func(append func(int) int, x int) int { return append(x) }\n\t\tfmt.Println(%d, f(func(x int) int { return x * x }, 7))",
	}
	after := []string{
		"fmt.Println(%d, len(\"abc\"), cap(make([]int, 1, 4)), append([]int{1}, 2), min(2, 1), max(\"a\", \"b\"))",
		"fmt.Printf(\"%d %%v %%v %%T %%T\\n\", true, nil == error(nil), string(rune(65)), int(1))",
		"{\n\t\tb := []byte(\"xy\")\n\t\tn := copy(b, \"z\")\n\t\tm := map[int]int{1: 1}\n\t\tclear(m)\n\t\tvar e error\n\t\tvar a any = new(int)\n\t\tfmt.Println(%d, n, string(b), len(m), e == nil, a != nil)\n\t}",
	}
	for i := range 26 {
		if g.pct(0.25) {
			g.p("\t"+g.pick(after...), i)
			continue
		}
		g.p("\t{\n\t\t"+g.pick(snips...)+"\n\t}", i)
	}
	g.p("}")
}
