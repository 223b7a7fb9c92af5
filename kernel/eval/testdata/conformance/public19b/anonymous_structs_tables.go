package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	tests := []struct {
		name  string
		in    string
		want  int
		flags []string
	}{
		{"empty", "", 0, nil},
		{"one", "a", 1, []string{"x"}},
		{"unicode", "héllo", 5, nil},
		{"spaces", "a b c", 5, []string{"y", "z"}},
	}
	for _, tc := range tests {
		got := len([]rune(tc.in))
		status := "PASS"
		if got != tc.want {
			status = "FAIL"
		}
		fmt.Printf("%-8s %s got=%d flags=%v\n", tc.name, status, got, tc.flags)
	}
	point := struct{ X, Y int }{3, 4}
	fmt.Printf("%v %+v %T\n", point, point, point)
	config := struct {
		Server struct {
			Host string
			Port int
		}
		Debug bool
	}{}
	config.Server.Host = "localhost"
	config.Server.Port = 8080
	fmt.Printf("%+v\n", config)
	people := []struct {
		Name string
		Age  int
	}{{"Zed", 30}, {"Amy", 25}, {"Bob", 30}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age > people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people)
	byAge := map[int][]string{}
	for _, p := range people {
		byAge[p.Age] = append(byAge[p.Age], p.Name)
	}
	fmt.Println(byAge)
	counts := map[struct{ a, b string }]int{}
	for _, pair := range [][2]string{{"x", "y"}, {"x", "y"}, {"y", "x"}} {
		counts[struct{ a, b string }{pair[0], pair[1]}]++
	}
	fmt.Println(counts)
	var sb strings.Builder
	for _, row := range []struct {
		k string
		v float64
	}{{"pi", 3.14159}, {"e", 2.71828}} {
		fmt.Fprintf(&sb, "%s=%.2f;", row.k, row.v)
	}
	fmt.Println(sb.String())
	a := struct{ n int }{1}
	b := struct{ n int }{1}
	fmt.Println(a == b)
	fn := func(s struct{ X, Y int }) int { return s.X * s.Y }
	fmt.Println(fn(point))
	nested := []map[string]struct{ V []int }{{"a": {[]int{1}}}, {"b": {nil}}}
	fmt.Printf("%v %+v\n", nested, nested[1]["b"])
	ptr := &struct{ Count int }{}
	ptr.Count++
	fmt.Println(ptr.Count, *ptr)
}
