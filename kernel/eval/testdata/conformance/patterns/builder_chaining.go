package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	order  string
	limit  int
	err    error
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(cond string, args ...any) *Query {
	if strings.Count(cond, "?") != len(args) {
		q.err = fmt.Errorf("where %q: %d placeholders, %d args", cond, strings.Count(cond, "?"), len(args))
		return q
	}
	for _, a := range args {
		cond = strings.Replace(cond, "?", fmt.Sprintf("%#v", a), 1)
	}
	q.wheres = append(q.wheres, cond)
	return q
}

func (q *Query) OrderBy(f string) *Query { q.order = f; return q }
func (q *Query) Limit(n int) *Query      { q.limit = n; return q }

func (q *Query) Build() (string, error) {
	if q.err != nil {
		return "", q.err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "SELECT * FROM %s", q.table)
	if len(q.wheres) > 0 {
		b.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		b.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		fmt.Fprintf(&b, " LIMIT %d", q.limit)
	}
	return b.String(), nil
}

func main() {
	fmt.Println(From("users").Where("age > ?", 18).Where("name = ?", "bob").OrderBy("id").Limit(10).Build())
	fmt.Println(From("t").Build())
	fmt.Println(From("t").Where("a = ? AND b = ?", 1).Build())
}
