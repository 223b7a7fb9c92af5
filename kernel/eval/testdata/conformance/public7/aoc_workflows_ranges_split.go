package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `px{a<2006:qkq,m>2090:A,rfg}
pv{a>1716:R,A}
lnx{m>1548:A,A}
rfg{s<537:gd,x>2440:R,A}
qs{s>3448:A,lnx}
qkq{x<1416:A,crn}
crn{x>2662:A,R}
in{s<1351:px,qqz}
qqz{s>2770:qs,m<1801:hdj,R}
gd{a>3333:R,R}
hdj{m>838:A,pv}

{x=787,m=2655,a=1222,s=2876}
{x=1679,m=44,a=2067,s=496}
{x=2036,m=264,a=79,s=2244}
{x=2461,m=1339,a=466,s=291}
{x=2127,m=1623,a=2188,s=1013}`

type Rule struct {
	Cat    byte
	Op     byte
	Val    int
	Target string
}

type Range struct{ Lo, Hi int } // inclusive

type Parts map[byte]Range

func (p Parts) clone() Parts {
	q := make(Parts, len(p))
	for k, v := range p {
		q[k] = v
	}
	return q
}

func (p Parts) count() int {
	n := 1
	for _, c := range "xmas" {
		r := p[byte(c)]
		if r.Hi < r.Lo {
			return 0
		}
		n *= r.Hi - r.Lo + 1
	}
	return n
}

func accepted(flows map[string][]Rule, name string, p Parts) int {
	switch name {
	case "A":
		return p.count()
	case "R":
		return 0
	}
	total := 0
	for _, r := range flows[name] {
		if r.Op == 0 {
			total += accepted(flows, r.Target, p)
			break
		}
		in, out := p.clone(), p.clone()
		cur := p[r.Cat]
		if r.Op == '<' {
			in[r.Cat] = Range{cur.Lo, min(cur.Hi, r.Val-1)}
			out[r.Cat] = Range{max(cur.Lo, r.Val), cur.Hi}
		} else {
			in[r.Cat] = Range{max(cur.Lo, r.Val+1), cur.Hi}
			out[r.Cat] = Range{cur.Lo, min(cur.Hi, r.Val)}
		}
		total += accepted(flows, r.Target, in)
		p = out
	}
	return total
}

func main() {
	flowText, partText, _ := strings.Cut(input, "\n\n")
	flows := map[string][]Rule{}
	for _, l := range strings.Split(flowText, "\n") {
		name, body, _ := strings.Cut(strings.TrimSuffix(l, "}"), "{")
		for _, r := range strings.Split(body, ",") {
			cond, target, ok := strings.Cut(r, ":")
			if !ok {
				flows[name] = append(flows[name], Rule{Target: r})
				continue
			}
			v, _ := strconv.Atoi(cond[2:])
			flows[name] = append(flows[name], Rule{cond[0], cond[1], v, target})
		}
	}
	sum := 0
	for _, l := range strings.Split(partText, "\n") {
		var x, m, a, s int
		fmt.Sscanf(l, "{x=%d,m=%d,a=%d,s=%d}", &x, &m, &a, &s)
		p := Parts{'x': {x, x}, 'm': {m, m}, 'a': {a, a}, 's': {s, s}}
		if accepted(flows, "in", p) == 1 {
			sum += x + m + a + s
		}
	}
	fmt.Println(sum)
	full := Parts{}
	for _, c := range []byte("xmas") {
		full[c] = Range{1, 4000}
	}
	fmt.Println(accepted(flows, "in", full))
}
