package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `???.### 1,1,3
.??..??...?##. 1,1,3
?#?#?#?#?#?#?#? 1,3,1,6
????.#...#... 4,1,1
????.######..#####. 1,6,5
?###???????? 3,2,1`

type state struct {
	i, g, run int
}

type solver struct {
	s      string
	groups []int
	memo   map[state]int
	calls  int
}

func (sv *solver) count(st state) int {
	sv.calls++
	if v, ok := sv.memo[st]; ok {
		return v
	}
	var res int
	defer func() { sv.memo[st] = res }()
	if st.i == len(sv.s) {
		switch {
		case st.g == len(sv.groups) && st.run == 0:
			res = 1
		case st.g == len(sv.groups)-1 && sv.groups[st.g] == st.run:
			res = 1
		}
		return res
	}
	c := sv.s[st.i]
	if c == '#' || c == '?' {
		if st.g < len(sv.groups) && st.run < sv.groups[st.g] {
			res += sv.count(state{st.i + 1, st.g, st.run + 1})
		}
	}
	if c == '.' || c == '?' {
		if st.run == 0 {
			res += sv.count(state{st.i + 1, st.g, 0})
		} else if st.run == sv.groups[st.g] {
			res += sv.count(state{st.i + 1, st.g + 1, 0})
		}
	}
	return res
}

func arrangements(s string, groups []int) int {
	sv := &solver{s: s, groups: groups, memo: map[state]int{}}
	return sv.count(state{})
}

func main() {
	p1, p2 := 0, 0
	for _, line := range strings.Split(input, "\n") {
		pat, nums, _ := strings.Cut(line, " ")
		var groups []int
		for _, f := range strings.Split(nums, ",") {
			n, _ := strconv.Atoi(f)
			groups = append(groups, n)
		}
		a := arrangements(pat, groups)
		big := strings.Repeat(pat+"?", 5)
		big = big[:len(big)-1]
		var g5 []int
		for i := 0; i < 5; i++ {
			g5 = append(g5, groups...)
		}
		b := arrangements(big, g5)
		fmt.Printf("%-22s %v -> %d %d\n", pat, groups, a, b)
		p1 += a
		p2 += b
	}
	fmt.Println(p1, p2)
}
