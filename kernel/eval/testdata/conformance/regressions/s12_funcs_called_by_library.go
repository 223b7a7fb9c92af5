// Interpreted funcs called by compiled code (s12-wrap): sort.Slice's less,
// sort.Search's predicate, strings' rune funcs, a FuncMap's funcs, called
// many times, re-entered through the library, from several goroutines at
// once, with unused parameters, with a panic in the middle of a sort, and
// closures made in a loop (each keeps its own iteration's variables).

package main

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"sync"
	"text/template"
	"unicode"
)

type person struct {
	name string
	age  int
}

type Less func(i, j int) bool

func sortedCopy(xs []int, less func(a, b int) bool) []int {
	out := append([]int(nil), xs...)
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func main() {
	xs := []int{5, 2, 9, 1, 5, 6, 3, 8, 7, 4, 0}
	a := append([]int(nil), xs...)
	sort.Slice(a, func(i, j int) bool { return a[i] < a[j] })
	fmt.Println(a)
	sort.SliceStable(a, func(i, j int) bool { return a[i]%3 < a[j]%3 })
	fmt.Println(a)
	fmt.Println(sort.SliceIsSorted(a, func(i, j int) bool { return a[i] < a[j] }))

	// Many calls: the frame of the less func is reused.
	big := make([]int, 5000)
	for i := range big {
		big[i] = (i * 7919) % 5003
	}
	sort.Slice(big, func(i, j int) bool { return big[i] > big[j] })
	fmt.Println(big[0], big[1], big[4999], sort.SliceIsSorted(big, func(i, j int) bool { return big[i] > big[j] }))

	ps := []person{{"ann", 31}, {"bob", 25}, {"cid", 31}, {"dan", 19}}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].age < ps[j].age })
	fmt.Println(ps)

	// Unused parameters.
	b := []int{3, 1, 2}
	sort.Slice(b, func(_, _ int) bool { return false })
	fmt.Println(b)

	// A named func type and closures made in a loop.
	var by Less = func(i, j int) bool { return b[i] < b[j] }
	sort.Slice(b, by)
	fmt.Println(b)
	var sorters []func() []int
	for k := 1; k <= 3; k++ {
		sorters = append(sorters, func() []int {
			return sortedCopy(xs, func(p, q int) bool { return p%(k+1) < q%(k+1) || p%(k+1) == q%(k+1) && p < q })
		})
	}
	for _, s := range sorters {
		fmt.Println(s())
	}

	// sort.Search, and a predicate that re-enters sort.Search with itself.
	n := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(n)
	depth := 0
	var pred func(int) bool
	pred = func(i int) bool {
		if depth < 2 {
			depth++
			inner := sort.Search(10, pred)
			depth--
			fmt.Println("inner", depth, inner)
		}
		return i >= 5
	}
	fmt.Println(sort.Search(10, pred))

	// strings' rune funcs, from several goroutines at once.
	shift := func(r rune) rune {
		if unicode.IsLetter(r) {
			return r + 1
		}
		return r
	}
	isSep := func(r rune) bool { return r == ',' || r == ';' }
	var wg sync.WaitGroup
	res := make([]string, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := ""
			for k := 0; k < 200; k++ {
				s = strings.Map(shift, fmt.Sprintf("abc,%d;xyz", g))
			}
			res[g] = s + " " + strings.Join(strings.FieldsFunc(s, isSep), "|")
		}()
	}
	wg.Wait()
	fmt.Println(res)
	fmt.Println(strings.IndexFunc("hello, World", unicode.IsUpper), strings.TrimFunc("xxhixx", func(r rune) bool { return r == 'x' }))
	fmt.Println(strings.LastIndexFunc("a1b2c3d", func(r rune) bool { return r >= '0' && r <= '9' }))

	// A panic in the middle of a sort, recovered; the func works after it.
	c := []int{4, 3, 2, 1}
	calls := 0
	less := func(i, j int) bool {
		calls++
		if calls == 3 {
			panic(fmt.Sprintf("less called %d times", calls))
		}
		return c[i] < c[j]
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.Slice(c, less)
	}()
	sort.Slice(c, less)
	fmt.Println(c, calls > 3)

	// A FuncMap's funcs (func(string) string, func(float64) float64,
	// func(int) int, func(string) bool).
	t := template.Must(template.New("t").Funcs(template.FuncMap{
		"up":    func(s string) string { return strings.ToUpper(s) + "!" },
		"root":  func(x float64) float64 { return math.Sqrt(x) },
		"twice": func(n int) int { return 2 * n },
		"long":  func(s string) bool { return len(s) > 3 },
	}).Parse(`{{up .Name}} {{root .X}} {{twice .N}} {{if long .Name}}long{{else}}short{{end}}` + "\n"))
	for _, d := range []struct {
		Name string
		X    float64
		N    int
	}{{"go", 16, 21}, {"gopher", 2, -4}} {
		if err := t.Execute(os.Stdout, d); err != nil {
			fmt.Println(err)
		}
	}
}
