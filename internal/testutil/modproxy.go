package testutil

import (
	"archive/zip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestModules are small modules for a local module proxy (see
// ModuleProxy): path@version →
// file → content. greet needs words (a transitive dependency, at the
// version greet's go.mod asks for; the latest version of words is v1.2.0,
// v1.3.0 is retracted); words has files that its build
// constraints exclude (they would not compile together with the others);
// cgolib needs cgo; fallback has a file for when cgo is off; fast has
// assembly and a pure-Go alternative.
var TestModules = map[string]map[string]string{
	"gonotes.test/words@v1.1.0": wordsFiles("1.1.0"),
	"gonotes.test/words@v1.2.0": wordsFiles("1.2.0"),
	// v1.3.0 retracts itself: the latest version stays v1.2.0.
	"gonotes.test/words@v1.3.0": retracted(wordsFiles("1.3.0")),
	"gonotes.test/greet@v1.0.0": {
		"go.mod": "module gonotes.test/greet\n\ngo 1.21\n\nrequire gonotes.test/words v1.1.0\n",
		"greet.go": `// Package greet greets.
package greet

import "gonotes.test/words"

// Hello greets name.
func Hello(name string) string { return "Hello, " + words.Title(name) + " (words " + words.Version + ")" }
`,
	},
	"gonotes.test/fallback@v0.1.0": {
		"go.mod": "module gonotes.test/fallback\n\ngo 1.21\n",
		"c.go": `//go:build cgo

package fallback

// int answer(void) { return 42; }
import "C"

// Answer asks C.
func Answer() int { return int(C.answer()) }
`,
		"go.go": "//go:build !cgo\n\npackage fallback\n\n// Answer answers without C.\nfunc Answer() int { return 42 }\n",
	},
	// fast has assembly, with a pure-Go alternative under the noasm tag
	// (with an old // +build line too, which yaegi reads), and a cgo file
	// that only the icu tag selects.
	"gonotes.test/fast@v0.1.0": {
		"go.mod":      "module gonotes.test/fast\n\ngo 1.21\n",
		"fast.go":     "// Package fast sums.\npackage fast\n\n// Sum adds xs up.\nfunc Sum(xs []int) int { return sum(xs) }\n",
		"sum_asm.go":  "//go:build !noasm\n\npackage fast\n\nfunc sum(xs []int) int\n",
		"sum_amd64.s": "//go:build !noasm\n\n#include \"textflag.h\"\n\nTEXT ·sum(SB),NOSPLIT,$0\n\tRET\n",
		"sum_go.go":   "//go:build noasm\n// +build noasm\n\npackage fast\n\nfunc sum(xs []int) int {\n\tt := 0\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t\n}\n",
		"icu.go":      "//go:build icu\n\npackage fast\n\n// int icu(void) { return 1; }\nimport \"C\"\n\nfunc icu() int { return int(C.icu()) }\n",
	},
	"gonotes.test/cgolib@v0.1.0": {
		"go.mod": "module gonotes.test/cgolib\n\ngo 1.21\n",
		"c.go": `package cgolib

// int answer(void) { return 42; }
import "C"

// Answer asks C.
func Answer() int { return int(C.answer()) }
`,
	},
}

func wordsFiles(version string) map[string]string {
	return map[string]string{
		"go.mod": "module gonotes.test/words\n\ngo 1.21\n",
		"words.go": `// Package words changes words.
package words

import "strings"

// Version is the module's version.
const Version = "` + version + `"

// Title upper-cases the first letter of w.
func Title(w string) string { return strings.ToUpper(w[:1]) + w[1:] }
`,
		// Excluded by //go:build: each would redeclare Title or be another package.
		"gen.go":             "//go:build ignore\n\npackage main\n\nfunc main() {}\n",
		"never.go":           "//go:build never\n\npackage words\n\nfunc Title(w string) string { return w }\n",
		"title_windows.go":   "package words\n\nfunc Title(w string) string { return w }\n",
		"title_plan9_arm.go": "package words\n\nfunc Title(w string) string { return w }\n",
		"words_test.go":      "package words_test\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n",
	}
}

func retracted(files map[string]string) map[string]string {
	files["go.mod"] += "\n// Published by mistake.\nretract v1.3.0\n"
	return files
}

// ModuleProxy lays out a GOPROXY directory (the module proxy protocol over
// file://: <module>/@v/list, <version>.info, .mod and .zip) holding mods
// (path@version → file name → content) in a temporary directory of t, and
// returns its URL. Module paths must be lower-case (no case escaping).
func ModuleProxy(t testing.TB, mods map[string]map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	versions := map[string][]string{}
	for mv, files := range mods {
		mod, ver, _ := strings.Cut(mv, "@")
		versions[mod] = append(versions[mod], ver)
		at := filepath.Join(dir, mod, "@v")
		if err := os.MkdirAll(at, 0o755); err != nil {
			t.Fatal(err)
		}
		write := func(name, content string) {
			if err := os.WriteFile(filepath.Join(at, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		write(ver+".mod", files["go.mod"])
		write(ver+".info", fmt.Sprintf(`{"Version":%q,"Time":"2026-01-01T00:00:00Z"}`, ver))
		zf, err := os.Create(filepath.Join(at, ver+".zip"))
		if err != nil {
			t.Fatal(err)
		}
		zw := zip.NewWriter(zf)
		for name, content := range files {
			w, err := zw.Create(mv + "/" + name)
			if err != nil {
				t.Fatal(err)
			}
			w.Write([]byte(content))
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		zf.Close()
	}
	for mod, vs := range versions {
		if err := os.WriteFile(filepath.Join(dir, mod, "@v", "list"), []byte(strings.Join(vs, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return "file://" + filepath.ToSlash(dir)
}
