package main

import (
	"fmt"
	"sort"
)

type ByLen []string

func (b ByLen) Len() int           { return len(b) }
func (b ByLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
func (b ByLen) String() string     { return fmt.Sprintf("ByLen%v", []string(b)) }

type Nums struct{ xs []int }

func (n *Nums) Len() int           { return len(n.xs) }
func (n *Nums) Less(i, j int) bool { return n.xs[i] < n.xs[j] }
func (n *Nums) Swap(i, j int)      { n.xs[i], n.xs[j] = n.xs[j], n.xs[i] }
func (n *Nums) Error() string      { return fmt.Sprint("nums", n.xs) }

type Job struct {
	Name string
	Data sort.Interface
}

func main() {
	jobs := []Job{
		{"words", ByLen{"ccc", "a", "bb"}},
		{"nums", &Nums{[]int{3, 1, 2}}},
	}
	for _, j := range jobs {
		sort.Sort(j.Data)
		fmt.Println(j.Name, j.Data, sort.IsSorted(j.Data))
		sort.Sort(sort.Reverse(j.Data))
		fmt.Println(j.Name, j.Data)
		if s, ok := j.Data.(fmt.Stringer); ok {
			fmt.Println("stringer:", s.String())
		}
		if e, ok := j.Data.(error); ok {
			fmt.Println("error:", e.Error())
		}
	}
	fmt.Println(jobs)
	fmt.Printf("%v %+v\n", jobs[0], jobs[1])
	m := map[string]sort.Interface{"w": ByLen{"xx", "y"}}
	sort.Stable(m["w"])
	fmt.Println(m)
	ifs := []sort.Interface{ByLen{"bb", "a"}, &Nums{[]int{2, 1}}}
	for _, x := range ifs {
		sort.Sort(x)
	}
	fmt.Println(ifs, ifs[0].Len(), ifs[1].Len())
	fmt.Printf("%T %T\n", ifs[0], ifs[1])
}
