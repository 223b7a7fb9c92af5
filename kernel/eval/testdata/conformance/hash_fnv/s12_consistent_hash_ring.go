package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
)

type Node string

type Ring struct {
	points []uint32
	owner  map[uint32]Node
	vnodes int
}

func hash32(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

func NewRing(vnodes int, nodes ...Node) *Ring {
	r := &Ring{owner: map[uint32]Node{}, vnodes: vnodes}
	for _, n := range nodes {
		r.Add(n)
	}
	return r
}

func (r *Ring) Add(n Node) {
	for i := 0; i < r.vnodes; i++ {
		p := hash32(string(n) + "#" + strconv.Itoa(i))
		r.points = append(r.points, p)
		r.owner[p] = n
	}
	sort.Slice(r.points, func(i, j int) bool { return r.points[i] < r.points[j] })
}

func (r *Ring) Get(key string) Node {
	h := hash32(key)
	i := sort.Search(len(r.points), func(i int) bool { return r.points[i] >= h })
	if i == len(r.points) {
		i = 0
	}
	return r.owner[r.points[i]]
}

func main() {
	r := NewRing(20, "alpha", "beta", "gamma")
	keys := []string{"user:1", "user:2", "user:3", "cart:9", "session:x", "img/42.png"}
	before := map[string]Node{}
	for _, k := range keys {
		before[k] = r.Get(k)
		fmt.Print(k, "->", before[k], " ")
	}
	fmt.Println()
	r.Add("delta")
	moved := 0
	for _, k := range keys {
		if r.Get(k) != before[k] {
			moved++
		}
	}
	fmt.Println(moved <= len(keys), len(r.points))
	h64 := fnv.New64()
	h64.Write([]byte("gopher"))
	h128 := fnv.New128a()
	h128.Write([]byte("gopher"))
	fmt.Printf("%x %x %d\n", h64.Sum64(), h128.Sum(nil), hash32(""))
}
