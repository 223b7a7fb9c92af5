package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Pair struct {
	K string
	V int
}

func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != '=' && r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	p.K = string(tok)
	r, _, err := st.ReadRune()
	if err != nil || r != '=' {
		return fmt.Errorf("want =, got %q", r)
	}
	_, err = fmt.Fscan(st, &p.V)
	return err
}

func main() {
	var name string
	var age int
	var h float64
	n, err := fmt.Sscanf("ann 31 1.62", "%s %d %g", &name, &age, &h)
	fmt.Println(n, err, name, age, h)

	var a, b int
	n, err = fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("x:7", "y:%d", &a)
	fmt.Println(n, err)

	var x, y, z int
	n, err = fmt.Sscan("1 2\n3", &x, &y, &z)
	fmt.Println(n, err, x, y, z)
	n, err = fmt.Sscanln("4 5\n6", &x, &y, &z)
	fmt.Println(n, err, x, y)

	var hx int
	var s string
	var r rune
	n, err = fmt.Sscanf("ff go Z", "%x %q %c", &hx, &s, &r)
	fmt.Println(n, err, hx, s, r)
	n, err = fmt.Sscanf(`ff "go" Z`, "%x %q %c", &hx, &s, &r)
	fmt.Println(n, err, hx, s, string(r))

	var p1, p2 Pair
	n, err = fmt.Sscan("width=80 height=24", &p1, &p2)
	fmt.Println(n, err, p1, p2)

	sc := bufio.NewScanner(strings.NewReader("3\n1 2 3\n"))
	sc.Scan()
	var cnt int
	fmt.Sscan(sc.Text(), &cnt)
	sc.Scan()
	nums := make([]int, cnt)
	fields := strings.Fields(sc.Text())
	sum := 0
	for i := range nums {
		fmt.Sscan(fields[i], &nums[i])
		sum += nums[i]
	}
	fmt.Println(cnt, nums, sum)

	rd := strings.NewReader("7 8 9")
	var total int
	for {
		var v int
		if _, err := fmt.Fscan(rd, &v); err != nil {
			fmt.Println("stop:", err)
			break
		}
		total += v
	}
	fmt.Println(total)
	var bo bool
	var u8 uint8
	_, err = fmt.Sscan("true 300", &bo, &u8)
	fmt.Println(bo, u8, err)
}
