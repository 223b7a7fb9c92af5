// Methods of notebook types called by compiled code (s12-wrap: their
// frames reused when the receiver is only indexed or given to len):
// sort.Sort and sort.Stable by Len/Less/Swap, container/heap with pointer
// Push/Pop, sorts of the same type in several goroutines at once, a Less
// that sorts again inside (re-entered), a receiver used whole (its frame
// not reused), a map-kind receiver, and Stringers printed by fmt.

package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type desc []int

func (d desc) Len() int           { return len(d) }
func (d desc) Less(i, j int) bool { return d[i] > d[j] }
func (d desc) Swap(i, j int)      { d[i], d[j] = d[j], d[i] }

// nested sorts a copy of itself in Less (re-entering sort.Sort).
type nested []int

var depth int

func (n nested) Len() int { return len(n) }
func (n nested) Less(i, j int) bool {
	if depth == 0 && len(n) > 2 {
		depth++
		c := append(desc(nil), n[:3]...)
		sort.Sort(c)
		depth--
	}
	return n[i] < n[j]
}
func (n nested) Swap(i, j int) { n[i], n[j] = n[j], n[i] }

// whole uses its receiver whole (kept in a global).
type whole []int

var lastSeen whole

func (w whole) Len() int           { lastSeen = w; return len(w) }
func (w whole) Less(i, j int) bool { return w[i] < w[j] }
func (w whole) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }

type PQ []item

type item struct {
	name string
	prio int
}

func (q PQ) Len() int           { return len(q) }
func (q PQ) Less(i, j int) bool { return q[i].prio < q[j].prio }
func (q PQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)        { *q = append(*q, x.(item)) }
func (q *PQ) Pop() any          { old := *q; n := len(old); x := old[n-1]; *q = old[:n-1]; return x }
func (q PQ) String() string     { return fmt.Sprintf("PQ(%d)", len(q)) }

type counts map[string]int

func (c counts) Total() int {
	t := 0
	for _, v := range c {
		t += v
	}
	return t
}

func main() {
	words := strings.Fields("banana kiwi apple fig cherry date elderberry grape")
	sort.Stable(byLen(words))
	fmt.Println(words)
	xs := []int{5, 2, 8, 1, 9, 3, 7}
	sort.Sort(desc(xs))
	fmt.Println(xs, sort.IsSorted(desc(xs)))

	var wg sync.WaitGroup
	res := make([][]int, 6)
	for g := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := make([]int, 300)
			for i := range s {
				s[i] = (i*7919 + g*13) % 1000
			}
			sort.Sort(desc(s))
			res[g] = []int{s[0], s[299], len(s)}
		}()
	}
	wg.Wait()
	fmt.Println(res)

	n := nested{4, 1, 3, 2}
	sort.Sort(n)
	fmt.Println(n)

	w := whole{3, 1, 2}
	sort.Sort(w)
	fmt.Println(w, lastSeen)

	q := &PQ{}
	heap.Init(q)
	for i, name := range []string{"low", "high", "mid", "urgent", "later"} {
		heap.Push(q, item{name, []int{5, 1, 3, 0, 9}[i]})
	}
	fmt.Println(q, q.Len())
	for q.Len() > 0 {
		fmt.Print(heap.Pop(q).(item).name, " ")
	}
	fmt.Println(*q)

	c := counts{"a": 2, "b": 5}
	fmt.Println(c.Total(), len(c))
}
