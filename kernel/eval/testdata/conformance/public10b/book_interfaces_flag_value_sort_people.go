package main

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"time"
)

type stringList []string

func (s *stringList) String() string { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error {
	if v == "" {
		return fmt.Errorf("empty value")
	}
	*s = append(*s, v)
	return nil
}

type Person struct {
	Name string
	Age  int
}

type People []Person

func (p People) Len() int      { return len(p) }
func (p People) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

type ByAge struct{ People }

func (b ByAge) Less(i, j int) bool { return b.People[i].Age < b.People[j].Age }

type ByName struct{ People }

func (b ByName) Less(i, j int) bool { return b.People[i].Name < b.People[j].Name }

func main() {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	var tags stringList
	fs.Var(&tags, "tag", "a tag (repeatable)")
	period := fs.Duration("period", time.Second, "sleep period")
	verbose := fs.Bool("v", false, "verbose")
	err := fs.Parse([]string{"-tag", "go", "-period", "1m30s", "-tag=book", "-v", "rest", "-x"})
	fmt.Println(err, tags.String(), *period, *verbose, fs.Args())
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("%s=%s (default %q)\n", f.Name, f.Value, f.DefValue) })

	people := People{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.Stable(ByAge{people})
	fmt.Println(people)
	sort.Sort(ByName{people})
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge{people}))
	fmt.Println(people)
	idx := sort.Search(len(people), func(i int) bool { return people[i].Age <= 25 })
	fmt.Println(idx)
}
