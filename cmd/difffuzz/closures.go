package main

// genClosures: closures capturing loop variables (per-iteration since Go
// 1.22, also when the body changes the variable), closures sharing a
// captured variable, deferred closures in loops, method values, and
// goroutines joined with a WaitGroup writing their results by index.
func genClosures(g *gen) {
	g.p("package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\ntype Acc struct{ n int }\n\nfunc (a *Acc) Add(k int) int {\n\ta.n += k\n\treturn a.n\n}\n\nfunc (a Acc) Get() int { return a.n }\n\nvar _ sync.Mutex\n")
	g.p("func counter(start int) (func() int, func(int)) {\n\tc := start\n\treturn func() int {\n\t\t\tc++\n\t\t\treturn c\n\t\t}, func(d int) {\n\t\t\tc += d\n\t\t}\n}\n")
	g.p("func deferred(n int) (out []int) {\n\tfor i := range n {\n\t\tdefer func() { out = append(out, i*%d) }()\n\t}\n\treturn nil\n}\n", g.in(1, 5))
	g.p("func main() {")
	for i := range 25 {
		n := g.in(0, 5)
		switch k := g.r.Float64(); {
		case k < 0.15:
			step := g.pick("i++", "i += 2", "i += 3")
			g.p("\t{\n\t\tvar fs []func() int\n\t\tfor i := %d; i < %d; %s {\n\t\t\tfs = append(fs, func() int { return i * %d })\n\t\t\t%s\n\t\t}\n\t\tfor _, f := range fs {\n\t\t\tfmt.Print(f(), \" \")\n\t\t}\n\t\tfmt.Println(%d)\n\t}", g.in(-2, 1), n, step, g.in(1, 4), g.pick("i += 0", "if i%2 == 0 {\n\t\t\t\ti++\n\t\t\t}", "_ = i"), i)
		case k < 0.3:
			g.p("\t{\n\t\tvar ps []*int\n\t\tfor i := range %d {\n\t\t\tps = append(ps, &i)\n\t\t}\n\t\tfor _, p := range ps {\n\t\t\t*p += %d\n\t\t\tfmt.Print(*p, \" \")\n\t\t}\n\t\tfmt.Println(%d)\n\t}", n, g.in(0, 9), i)
		case k < 0.45:
			g.p("\t{\n\t\tres := make([]int, %d)\n\t\tvar wg sync.WaitGroup\n\t\tfor i, v := range []int{%s} {\n\t\t\twg.Add(1)\n\t\t\tgo func() {\n\t\t\t\tdefer wg.Done()\n\t\t\t\tres[i] = v*v + i\n\t\t\t}()\n\t\t}\n\t\twg.Wait()\n\t\tfmt.Println(%d, res)\n\t}", n, g.ints(n, -9, 9), i)
		case k < 0.55:
			g.p("\t{\n\t\tvar mu sync.Mutex\n\t\ttotal := 0\n\t\tvar wg sync.WaitGroup\n\t\tfor i := range %d {\n\t\t\twg.Go(func() {\n\t\t\t\tmu.Lock()\n\t\t\t\tdefer mu.Unlock()\n\t\t\t\ttotal += i * %d\n\t\t\t})\n\t\t}\n\t\twg.Wait()\n\t\tfmt.Println(%d, total)\n\t}", g.in(0, 20), g.in(1, 7), i)
		case k < 0.65:
			g.p("\t{\n\t\tnext, add := counter(%d)\n\t\tfmt.Print(next(), \" \")\n\t\tadd(%d)\n\t\tfmt.Println(next(), %d)\n\t}", g.in(-5, 5), g.in(-5, 5), i)
		case k < 0.75:
			g.p("\tfmt.Println(%d, deferred(%d))", i, n)
		case k < 0.85:
			g.p("\t{\n\t\ta := &Acc{%d}\n\t\tadd, get := a.Add, a.Get\n\t\tfor i := range %d {\n\t\t\tadd(i)\n\t\t}\n\t\tfmt.Println(%d, get(), a.Get(), a.n)\n\t}", g.in(0, 9), n, i)
		default:
			g.p("\t{\n\t\tch := make(chan [2]int, %d)\n\t\tfor i := range %d {\n\t\t\tgo func() { ch <- [2]int{i, i * i} }()\n\t\t}\n\t\tsum := [2]int{}\n\t\tfor range %d {\n\t\t\tv := <-ch\n\t\t\tsum[0] += v[0]\n\t\t\tsum[1] += v[1]\n\t\t}\n\t\tfmt.Println(%d, sum)\n\t}", n, n, n, i)
		}
	}
	g.p("}")
}
