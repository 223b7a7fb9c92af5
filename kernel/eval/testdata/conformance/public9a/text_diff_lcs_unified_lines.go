package main

import (
	"fmt"
	"strings"
)

type op struct {
	kind byte
	line string
}

func diff(a, b []string) []op {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var ops []op
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			ops = append(ops, op{' ', a[i]})
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			ops = append(ops, op{'-', a[i]})
			i++
		default:
			ops = append(ops, op{'+', b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		ops = append(ops, op{'-', a[i]})
	}
	for ; j < m; j++ {
		ops = append(ops, op{'+', b[j]})
	}
	return ops
}

func stats(ops []op) (add, del, same int) {
	for _, o := range ops {
		switch o.kind {
		case '+':
			add++
		case '-':
			del++
		default:
			same++
		}
	}
	return
}

func main() {
	a := strings.Split("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\")\n}", "\n")
	b := strings.Split("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(\"hello\")\n\tos.Exit(0)\n}", "\n")
	ops := diff(a, b)
	for _, o := range ops {
		fmt.Printf("%c %s\n", o.kind, o.line)
	}
	fmt.Println(stats(ops))
	fmt.Println(stats(diff(nil, []string{"x"})))
	w := diff(strings.Fields("the cat sat on the mat"), strings.Fields("the dog sat on a mat"))
	var sb strings.Builder
	for _, o := range w {
		switch o.kind {
		case '-':
			fmt.Fprintf(&sb, "[-%s-] ", o.line)
		case '+':
			fmt.Fprintf(&sb, "{+%s+} ", o.line)
		default:
			sb.WriteString(o.line + " ")
		}
	}
	fmt.Println(strings.TrimSpace(sb.String()))
}
