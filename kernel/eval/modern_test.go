package eval

import "testing"

func TestGo122(t *testing.T) {
	ts := newSession(t)
	cases := []struct{ code, want string }{
		// Per-iteration loop variables, at the top level and in funcs.
		{"var fs []func() int\nfor i := 0; i < 3; i++ { fs = append(fs, func() int { return i }) }\nfs[0]() + fs[1]()*10 + fs[2]()*100", "210"},
		{"var gs []func() int\nfor _, v := range []int{1, 2, 3} { gs = append(gs, func() int { return v }) }\ngs[0]() + gs[1]()*10 + gs[2]()*100", "321"},
		{"func mk() []func() int { var fs []func() int; for i := 0; i < 3; i++ { fs = append(fs, func() int { return i }) }; return fs }\nhs := mk()\nhs[0]() + hs[1]()*10 + hs[2]()*100", "210"},
		{"seen := make([]int, 3)\nvar wg sync.WaitGroup\nfor i := 0; i < 3; i++ {\n\twg.Add(1)\n\tgo func() { defer wg.Done(); seen[i] = i + 1 }()\n}\nwg.Wait()\nseen", "[1 2 3]"},
		{"var wg2 sync.WaitGroup\nvar mu2 sync.Mutex\ngot := []int{}\nfor i := 1; i <= 4; i++ {\n\twg2.Go(func() { mu2.Lock(); got = append(got, i); mu2.Unlock() })\n}\nwg2.Wait()\nsort.Ints(got)\ngot", "[1 2 3 4]"},
		{"var ps []*int\nfor i := 0; i < 2; i++ { ps = append(ps, &i) }\n*ps[0] + *ps[1]*10", "10"},
		// A body that changes the variable keeps working.
		{"n := 0\nfor i := 0; i < 10; i++ { i++; f := func() {}; f(); n++ }\nn", "5"},
		// Range over integers.
		{"s := 0\nfor i := range 4 { s += i }\ns", "6"},
		{"k := 3\ns2 := 0\nfor range k { s2++ }\ns2", "3"},
		{"func count(n int) int { c := 0; for i := range n { c += i }; return c }\ncount(5)", "10"},
		{"type C struct{ N int }\ncfg := C{3}\nt := 0\nfor range cfg.N { t++ }\nt", "3"},
		{"xs := []string{\"a\", \"b\"}\nout := \"\"\nfor i := range xs { out += fmt.Sprint(i) }\nout", `"01"`},
		// min, max, clear.
		{"min(3, 1, 2)", "1"},
		{"max(1, 2.5)", "2.5"},
		{"f := 0.5\nmin(1, f)", "0.5"},
		{`max("apple", "pear")`, `"pear"`},
		{"m := map[string]int{\"a\": 1}\nclear(m)\nlen(m)", "0"},
	}
	for _, tc := range cases {
		if c := ts.ok(tc.code); c.text() != tc.want {
			t.Errorf("%s\n=> %q, want %q", tc.code, c.text(), tc.want)
		}
	}
	// A notebook func named min wins over the builtin.
	ts.ok("func min(a, b int) int { return 42 }")
	if c := ts.ok("min(1, 2)"); c.text() != "42" {
		t.Errorf("user min: %q", c.text())
	}
}

func TestTopLevelForms(t *testing.T) {
	ts := newSession(t)
	cases := []struct{ code, want string }{
		{"ch := make(chan int, 1)\nch <- 5\nclose(ch)\nv, ok := <-ch\nv2, ok2 := <-ch\nfmt.Sprint(v, ok, v2, ok2)", `"5 true 0 false"`},
		{"m := map[string]int{\"a\": 1}\nval, found := m[\"a\"]\nval2, found2 := m[\"b\"]\nfmt.Sprint(val, found, val2, found2)", `"1 true 0 false"`},
		{"var y any = \"s\"\nsv, isS := y.(string)\nn, isN := y.(int)\nfmt.Sprint(sv, isS, n, isN)", `"strue 0 false"`},
		{"out := \"\"\nfor _, x := range []any{1, \"s\", 2.5, nil} {\n\tswitch t := x.(type) {\n\tcase int:\n\t\tout += fmt.Sprint(t * 2)\n\tcase string:\n\t\tout += t + \"!\"\n\tcase nil:\n\t\tout += \"nil\"\n\tdefault:\n\t\tout += fmt.Sprintf(\"%T\", t)\n\t}\n}\nout", `"2s!float64nil"`},
		{"var z any = 3\nkind := \"\"\nswitch w := z.(type) {\ncase int:\n\tkind = fmt.Sprint(\"int \", w+1)\n}\nkind", `"int 4"`},
		{"c2 := make(chan int, 1)\nc2 <- 4\nclose(c2)\ngot := \"\"\nfor i := 0; i < 2; i++ {\n\tselect {\n\tcase v, ok := <-c2:\n\t\tgot += fmt.Sprint(v, ok, \";\")\n\t}\n}\ngot", `"4 true;0 false;"`},
		{"mm := map[string]int{\"a\": 1}\nres := \"\"\nfor _, k := range []string{\"a\", \"b\"} {\n\tv, ok := mm[k]\n\tres += fmt.Sprint(v, ok)\n}\nres", `"1 true0 false"`},
	}
	for _, tc := range cases {
		if c := ts.ok(tc.code); c.text() != tc.want {
			t.Errorf("%s\n=> %q, want %q", tc.code, c.text(), tc.want)
		}
	}
}
