package main

import (
	"fmt"
	"strings"
)

type Op struct {
	Kind byte // ' ', '-', '+'
	Line string
}

func diff(a, b []string) []Op {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []Op
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			ops = append(ops, Op{' ', a[i]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			ops = append(ops, Op{'-', a[i]})
			i++
		default:
			ops = append(ops, Op{'+', b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		ops = append(ops, Op{'-', a[i]})
	}
	for ; j < m; j++ {
		ops = append(ops, Op{'+', b[j]})
	}
	return ops
}

func unified(ops []Op, context int) string {
	var sb strings.Builder
	keep := make([]bool, len(ops))
	for i, op := range ops {
		if op.Kind != ' ' {
			for k := max(0, i-context); k <= min(len(ops)-1, i+context); k++ {
				keep[k] = true
			}
		}
	}
	gap := false
	for i, op := range ops {
		if !keep[i] {
			gap = true
			continue
		}
		if gap {
			sb.WriteString("@@\n")
			gap = false
		}
		fmt.Fprintf(&sb, "%c%s\n", op.Kind, op.Line)
	}
	return sb.String()
}

func main() {
	a := strings.Split("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1)\n\tfmt.Println(2)\n\tfmt.Println(3)\n\tfmt.Println(4)\n}", "\n")
	b := strings.Split("package main\n\nimport (\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(1)\n\tfmt.Println(2)\n\tfmt.Println(3)\n\tfmt.Println(5)\n}", "\n")
	ops := diff(a, b)
	stats := map[byte]int{}
	for _, op := range ops {
		stats[op.Kind]++
	}
	fmt.Print(unified(ops, 1))
	fmt.Printf("same=%d removed=%d added=%d\n", stats[' '], stats['-'], stats['+'])
	fmt.Print(unified(diff([]string{"a", "b"}, []string{"a", "b"}), 1) == "")
}
