// Command difffuzz writes random Go programs for the differential
// conformance suite (kernel/eval/testdata/conformance): each program is
// deterministic (the same seed and kind give the same file, and the program
// prints the same output on every run), compiles with `go build` (no unused
// variables, labels or imports) and is gofmt'ed. The conformance test then
// runs every program with `go run` and as notebook cells, split and whole,
// and reports where they differ.
//
// Usage:
//
//	go run ./cmd/difffuzz -seeds 0:12 -kinds all -out kernel/eval/testdata/conformance/difffuzz_tmp
//	go test ./kernel/eval -run 'TestConformance/difffuzz_tmp' -count=1
//
// `make difffuzz` does both in a temporary section (SEEDS and KINDS choose
// the programs; 3 seeds of the 64 kinds are 192 programs, about what a
// shared machine runs at once) and prints the table. The kinds are listed
// by -list; each program is named fz_<kind>_<seed>.go. A program that
// differs is a bug of the engine (or of the generator: every program must
// mean the same thing on every run); minimise it by hand and keep the small
// version in a conformance section.
package main

import (
	"flag"
	"fmt"
	"go/format"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// kinds maps a kind's name to its generator; each writes one program.
var kinds = map[string]func(g *gen){
	"int":          genInt,
	"lvalue":       genLvalue,
	"float":        genFloat,
	"control":      genControl,
	"strings":      genStrings,
	"values":       genValues,
	"typeswitch":   genTypeSwitch,
	"panics":       genPanics,
	"embed":        genEmbed,
	"generics":     genGenerics,
	"maps":         genMaps,
	"closures":     genClosures,
	"runes":        genRunes,
	"order":        genOrder,
	"iter":         genIter,
	"consts":       genConsts,
	"genmeth":      genGenMeth,
	"methval":      genMethVal,
	"ifaces":       genIfaces,
	"arrays":       genArrays,
	"mapkeys":      genMapKeys,
	"fmtnest":      genFmtNest,
	"seqlabels":    genSeqLabels,
	"chans":        genChans,
	"scopes":       genScopes,
	"strconv":      genStrconv,
	"convert":      genConvert,
	"rterrors":     genRTErrors,
	"genfuncs":     genGenFuncs,
	"interop":      genInterop,
	"namedconv":    genNamedConv,
	"genarith":     genGenArith,
	"predecl":      genPredecl,
	"shifts":       genShifts,
	"selects":      genSelects,
	"defereval":    genDeferEval,
	"copies":       genCopies,
	"multiassign":  genMultiAssign,
	"consttypes":   genConstTypes,
	"repanic":      genRepanic,
	"typeembed":    genTypeEmbed,
	"iterpanic":    genIterPanic,
	"mapstruct":    genMapStruct,
	"switchorder":  genSwitchOrder,
	"loopgoto":     genLoopGoto,
	"gentypes":     genGenTypes,
	"floatspecial": genFloatSpecial,
	"strtypes":     genStrTypes,
	"genassert":    genGenAssert,
	"genembed":     genGenEmbed,
	"coretype":     genCoreType,
	"itercompose":  genIterCompose,
	"promoted":     genPromoted,
	"valsem":       genValSem,
	"underconv":    genUnderConv,
	"divmod":       genDivMod,
	"floatfmt":     genFloatFmt,
	"utf8build":    genUTF8Build,
	"gorclosure":   genGorClosure,
	"selectmulti":  genSelectMulti,
	"errpanic":     genErrPanic,
	"treeiter":     genTreeIter,
	"stdgeneric":   genStdGeneric,
	"typedecl":     genTypeDecl,
}

func main() {
	seeds := flag.String("seeds", "0:100", "the seeds, from:to (to excluded)")
	kindList := flag.String("kinds", "all", "comma-separated kinds, or all")
	out := flag.String("out", "", "the directory to write the programs to (created)")
	list := flag.Bool("list", false, "list the kinds and exit")
	flag.Parse()
	if *list {
		for _, k := range kindNames() {
			fmt.Println(k)
		}
		return
	}
	if err := run(*seeds, *kindList, *out); err != nil {
		fmt.Fprintln(os.Stderr, "difffuzz:", err)
		os.Exit(1)
	}
}

func kindNames() []string {
	var names []string
	for k := range kinds {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

func run(seeds, kindList, out string) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	from, to, ok := strings.Cut(seeds, ":")
	if !ok {
		return fmt.Errorf("-seeds %q: want from:to", seeds)
	}
	a, err := strconv.Atoi(from)
	if err != nil {
		return fmt.Errorf("-seeds %q: %w", seeds, err)
	}
	b, err := strconv.Atoi(to)
	if err != nil {
		return fmt.Errorf("-seeds %q: %w", seeds, err)
	}
	names := kindNames()
	if kindList != "all" {
		names = strings.Split(kindList, ",")
		for _, k := range names {
			if kinds[k] == nil {
				return fmt.Errorf("unknown kind %q (have %s)", k, strings.Join(kindNames(), ", "))
			}
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("creating the output directory: %w", err)
	}
	n := 0
	for _, k := range names {
		for seed := a; seed < b; seed++ {
			src, err := program(k, seed)
			if err != nil {
				return err
			}
			path := filepath.Join(out, fmt.Sprintf("fz_%s_%d.go", k, seed))
			if err := os.WriteFile(path, src, 0o644); err != nil {
				return fmt.Errorf("writing %s: %w", path, err)
			}
			n++
		}
	}
	fmt.Printf("difffuzz: %d programs (%s, seeds %s) in %s\n", n, strings.Join(names, ","), seeds, out)
	return nil
}

// program returns the gofmt'ed program of kind k for seed.
func program(k string, seed int) ([]byte, error) {
	h := fnv.New64a()
	h.Write([]byte(k))
	g := &gen{r: rand.New(rand.NewPCG(uint64(seed), h.Sum64()))}
	kinds[k](g)
	src, err := format.Source([]byte(g.b.String()))
	if err != nil {
		return nil, fmt.Errorf("kind %s seed %d: the generator wrote invalid Go: %w\n%s", k, seed, err, g.b.String())
	}
	return src, nil
}

// gen is the state of one program's generation.
type gen struct {
	r *rand.Rand
	b strings.Builder
}

// p writes a line (fmt.Sprintf of format and args).
func (g *gen) p(format string, args ...any) {
	fmt.Fprintf(&g.b, format, args...)
	g.b.WriteByte('\n')
}

// n returns a number in [0, k).
func (g *gen) n(k int) int { return g.r.IntN(k) }

// in returns a number in [lo, hi].
func (g *gen) in(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// pct reports true with probability x.
func (g *gen) pct(x float64) bool { return g.r.Float64() < x }

// pick returns one of xs.
func (g *gen) pick(xs ...string) string { return xs[g.r.IntN(len(xs))] }

// sample returns k distinct elements of xs, in random order.
func (g *gen) sample(xs []string, k int) []string {
	ys := slices.Clone(xs)
	g.r.Shuffle(len(ys), func(i, j int) { ys[i], ys[j] = ys[j], ys[i] })
	return ys[:min(k, len(ys))]
}

// ints returns k random ints in [lo, hi] joined by ", ".
func (g *gen) ints(k, lo, hi int) string {
	var s []string
	for range k {
		s = append(s, strconv.Itoa(g.in(lo, hi)))
	}
	return strings.Join(s, ", ")
}
