// Fluent interfaces, whose many methods return the interface itself (or
// each other), compile at once: yaegi's check of whether a method's
// signature mentions a type of the program walked every path through the
// methods' results up to 16 levels deep, and a builder of ten methods
// hung the cell (found in a tutorial's query-builder program).
package main

import (
	"fmt"
	"strings"
)

type Query interface {
	Select(cols ...string) Query
	From(table string) Query
	Where(cond string, args ...any) Query
	OrderBy(col string) Query
	Limit(n int) Query
	Offset(n int) Query
	GroupBy(cols ...string) Query
	Having(cond string) Query
	Join(table, on string) Query
	Explain() Plan
	SQL() (string, []any)
}

type Plan interface {
	Step(s string) Plan
	Cost(c int) Plan
	Query() Query
	String() string
}

type query struct {
	parts []string
	args  []any
	plan  *plan
}

type plan struct {
	steps []string
	cost  int
	q     *query
}

func (q *query) add(s string) Query          { q.parts = append(q.parts, s); return q }
func (q *query) Select(cols ...string) Query { return q.add("SELECT " + strings.Join(cols, ", ")) }
func (q *query) From(table string) Query     { return q.add("FROM " + table) }
func (q *query) Where(c string, args ...any) Query {
	q.args = append(q.args, args...)
	return q.add("WHERE " + c)
}
func (q *query) OrderBy(col string) Query     { return q.add("ORDER BY " + col) }
func (q *query) Limit(n int) Query            { return q.add(fmt.Sprint("LIMIT ", n)) }
func (q *query) Offset(n int) Query           { return q.add(fmt.Sprint("OFFSET ", n)) }
func (q *query) GroupBy(cols ...string) Query { return q.add("GROUP BY " + strings.Join(cols, ", ")) }
func (q *query) Having(c string) Query        { return q.add("HAVING " + c) }
func (q *query) Join(t, on string) Query      { return q.add("JOIN " + t + " ON " + on) }
func (q *query) SQL() (string, []any)         { return strings.Join(q.parts, " "), q.args }
func (q *query) Explain() Plan {
	if q.plan == nil {
		q.plan = &plan{q: q}
	}
	return q.plan
}

func (p *plan) Step(s string) Plan { p.steps = append(p.steps, s); return p }
func (p *plan) Cost(c int) Plan    { p.cost += c; return p }
func (p *plan) Query() Query       { return p.q }
func (p *plan) String() string     { return fmt.Sprintf("%v cost=%d", p.steps, p.cost) }

func newQuery() Query { return &query{} }

func main() {
	sql, args := newQuery().
		Select("id", "name").
		From("users u").
		Join("orders o", "o.user = u.id").
		Where("u.age > ?", 30).
		GroupBy("u.id").
		Having("count(*) > 1").
		OrderBy("name").
		Limit(10).
		Offset(5).
		SQL()
	fmt.Println(sql)
	fmt.Println(args)

	p := newQuery().From("t").Explain().Step("scan t").Cost(7).Step("sort").Cost(3)
	fmt.Println(p)
	s, _ := p.Query().Limit(1).SQL()
	fmt.Println(s)

	var x any = p
	if q, ok := x.(Plan); ok {
		fmt.Println("a Plan:", q.String())
	}
	_, isQuery := x.(Query)
	fmt.Println("a Query:", isQuery)
}
