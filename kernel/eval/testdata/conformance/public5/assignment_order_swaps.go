package main

import "fmt"

type Counter struct{ hits map[string]int }

func (c *Counter) Inc(k string) int { c.hits[k]++; return c.hits[k] }

type Stats struct {
	count int
	max   int
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y := 0, 1
	for i := 0; i < 10; i++ {
		x, y = y, x+y
	}
	fmt.Println(x, y)
	s := []int{1, 2, 3, 4}
	s[0], s[3] = s[3], s[0]
	i := 1
	i, s[i] = 2, 99
	fmt.Println(s, i)
	m := map[string]string{"a": "A", "b": "B"}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)
	c := &Counter{hits: map[string]int{}}
	c.hits["x"] += 5
	c.hits["y"]++
	fmt.Println(c.Inc("x"), c.Inc("z"), c.hits)
	st := &Stats{}
	for _, v := range []int{3, 9, 2} {
		st.count++
		if v > st.max {
			st.max = v
		}
	}
	p := &st.count
	*p++
	*p *= 10
	fmt.Println(*st)
	arr := [3]int{1, 2, 3}
	ptr := &arr
	ptr[0] += 10
	(*ptr)[1] <<= 2
	fmt.Println(arr)
	type pt struct{ X, Y int }
	pts := []pt{{1, 2}, {3, 4}}
	pts[0].X, pts[1].Y = pts[1].Y, pts[0].X
	fmt.Println(pts)
	mp := map[string]*pt{"p": {5, 6}}
	mp["p"].X++
	mp["p"].Y -= 10
	fmt.Println(*mp["p"])
	var str = "hello"
	bs := []byte(str)
	bs[0] = 'j'
	fmt.Println(str, string(bs))
	rs := []rune("héllo")
	rs[1] = 'e'
	fmt.Println(string(rs), len(string(rs)))
	j := 0
	nums := []int{10, 20, 30}
	j, nums[j] = 1, 5
	fmt.Println(j, nums)
	k := 0
	next := func() int { k++; return k }
	vals := []int{next(), next(), next()}
	fmt.Println(vals, k)
	var q, r int
	q, r = 17/5, 17%5
	q += r
	fmt.Println(q, r)
}
