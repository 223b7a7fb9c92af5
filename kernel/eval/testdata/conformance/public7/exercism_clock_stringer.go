package main

import "fmt"

const minutesPerDay = 24 * 60

type Clock int

func New(h, m int) Clock {
	t := (h*60 + m) % minutesPerDay
	if t < 0 {
		t += minutesPerDay
	}
	return Clock(t)
}

func (c Clock) Add(m int) Clock      { return New(0, int(c)+m) }
func (c Clock) Subtract(m int) Clock { return New(0, int(c)-m) }
func (c Clock) String() string       { return fmt.Sprintf("%02d:%02d", c/60, c%60) }

func main() {
	cases := [][2]int{{8, 0}, {11, 9}, {24, 0}, {25, 0}, {100, 0}, {1, 60}, {0, 160}, {25, 160}, {-1, 15}, {-25, -160}, {-121, -5810}}
	for _, c := range cases {
		fmt.Printf("New(%d, %d) = %v\n", c[0], c[1], New(c[0], c[1]))
	}
	c := New(10, 0)
	fmt.Println(c.Add(3), c.Add(61), c.Add(1000000), c.Subtract(30), c.Subtract(3000))
	fmt.Println(New(15, 37) == New(-9, 37), New(0, 0) == New(24, 0), New(1, 1) == New(1, 2))
	clocks := map[Clock]string{New(7, 30): "breakfast"}
	fmt.Println(clocks[New(31, 30)])
	var s fmt.Stringer = c
	fmt.Printf("%s %v %d %q\n", s, []Clock{1, 2}, c, c)
}
