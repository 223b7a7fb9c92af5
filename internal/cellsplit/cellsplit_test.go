package cellsplit

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
)

func TestSplit(t *testing.T) {
	for _, tc := range []struct {
		name  string
		src   string
		split []string
		whole string
		err   bool
		noMn  bool
	}{{
		name: "imports, declarations, body",
		src:  "package main\n\nimport \"fmt\"\n\nimport \"os\"\n\ntype T int\n\n// f doubles.\nfunc f(x int) int { return 2 * x }\n\nfunc main() {\n\tx := f(1)\n\tif x > 0 {\n\t\tfmt.Println(x, os.Args[0] != \"\")\n\t}\n}\n",
		split: []string{
			"import \"fmt\"\nimport \"os\"",
			"type T int\n\nfunc f(x int) int { return 2 * x }",
			"x := f(1)\nif x > 0 {\n\tfmt.Println(x, os.Args[0] != \"\")\n}",
		},
		whole: "\n\nimport \"fmt\"\n\nimport \"os\"\n\ntype T int\n\n// f doubles.\nfunc f(x int) int { return 2 * x }\n\nfunc main() {\n\tx := f(1)\n\tif x > 0 {\n\t\tfmt.Println(x, os.Args[0] != \"\")\n\t}\n}\n",
	}, {
		name:  "body only",
		src:   "package main\nfunc main() {\n\tprintln(1)\n}\n",
		split: []string{"println(1)"},
		whole: "\nfunc main() {\n\tprintln(1)\n}\n",
	}, {
		name:  "raw string lines keep their tabs",
		src:   "package main\nfunc main() {\n\ts := `a\n\tb\n`\n\tprintln(s)\n}\n",
		split: []string{"s := `a\n\tb\n`\nprintln(s)"},
		whole: "\nfunc main() {\n\ts := `a\n\tb\n`\n\tprintln(s)\n}\n",
	}, {
		name:  "return in main",
		src:   "package main\nfunc main() {\n\tif true {\n\t\treturn\n\t}\n}\n",
		whole: "\nfunc main() {\n\tif true {\n\t\treturn\n\t}\n}\n",
	}, {
		name:  "return in a function literal only",
		src:   "package main\nfunc main() {\n\tf := func() int { return 1 }\n\tprintln(f())\n}\n",
		split: []string{"f := func() int { return 1 }\nprintln(f())"},
		whole: "\nfunc main() {\n\tf := func() int { return 1 }\n\tprintln(f())\n}\n",
	}, {
		name:  "local shadows a package-level var",
		src:   "package main\nvar n = 1\nfunc main() {\n\tn := 2\n\tprintln(n)\n}\n",
		whole: "\nvar n = 1\nfunc main() {\n\tn := 2\n\tprintln(n)\n}\n",
	}, {
		name:  "local var declaration shadows a package-level func",
		src:   "package main\nfunc g() {}\nfunc main() {\n\tvar g = 3\n\tprintln(g)\n}\n",
		whole: "\nfunc g() {}\nfunc main() {\n\tvar g = 3\n\tprintln(g)\n}\n",
	}, {
		name:  "blank and nested locals do not shadow",
		src:   "package main\nvar n = 1\nfunc main() {\n\t_ := 0\n\t{\n\t\tn := 2\n\t\tprintln(n)\n\t}\n}\n",
		split: []string{"var n = 1", "_ := 0\n{\n\tn := 2\n\tprintln(n)\n}"},
		whole: "\nvar n = 1\nfunc main() {\n\t_ := 0\n\t{\n\t\tn := 2\n\t\tprintln(n)\n\t}\n}\n",
	}, {
		name:  "no main",
		src:   "package main\nfunc f() {}\n",
		whole: "\nfunc f() {}\n",
		err:   true, noMn: true,
	}, {
		name:  "does not parse",
		src:   "// hi\npackage main\nfunc main() {\n",
		whole: "\nfunc main() {\n",
		err:   true,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			split, whole, err := Split([]byte(tc.src))
			if (err != nil) != tc.err || errors.Is(err, ErrNoMain) != tc.noMn {
				t.Fatalf("err = %v, want error %v (ErrNoMain %v)", err, tc.err, tc.noMn)
			}
			if !reflect.DeepEqual(split, tc.split) {
				t.Errorf("split = %q, want %q", split, tc.split)
			}
			if want := []string{tc.whole}; !reflect.DeepEqual(whole, want) {
				t.Errorf("whole = %q, want %q", whole, want)
			}
		})
	}
}

func TestLines(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\nconst a = 1\n\nfunc f() {}\n\nfunc main() {\n\n\tfmt.Println(a)\n\tf()\n}\n"
	split, whole := Lines([]byte(src))
	cells, _, _ := Split([]byte(src))
	want := [][]int{{3}, {5, 0, 7}, {11, 12}}
	if fmt.Sprint(split) != fmt.Sprint(want) {
		t.Errorf("split lines %v, want %v (cells %q)", split, want, cells)
	}
	if len(whole) != 1 || whole[0][0] != 1 || len(whole[0]) != 14 {
		t.Errorf("whole lines %v", whole)
	}
}
