package main

import (
	"bufio"
	"fmt"
	"io"
)

type gen struct{ n int }

func (g *gen) Read(p []byte) (int, error) {
	if g.n == 0 {
		return 0, io.EOF
	}
	g.n--
	s := fmt.Sprintf("line %d\n", g.n)
	return copy(p, s), nil
}

func main() {
	r := bufio.NewReader(&gen{3})
	for {
		s, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Print(s)
	}
	sc := bufio.NewScanner(&gen{4})
	sc.Split(bufio.ScanWords)
	count := 0
	for sc.Scan() {
		count++
	}
	fmt.Println(count)
}
