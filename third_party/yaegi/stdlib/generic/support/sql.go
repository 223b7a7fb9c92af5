package support

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"sync"
)

// SQLConvertAssign stores src in dest as database/sql's Scan methods do
// (its unexported convertAssign, which sql.Null[T].Scan calls): through
// Rows.Scan of a row whose only column holds src, as is, read from a
// private driver.
func SQLConvertAssign(dest, src any) error {
	rows, err := convDB().QueryContext(context.Background(), "", src)
	if err != nil {
		return err
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return err
		}
		return errors.New("sql: no row") // not reached: the row is always there
	}
	if err := rows.Scan(dest); err != nil {
		// Rows.Scan wraps convertAssign's error with the column.
		if u := errors.Unwrap(err); u != nil {
			return u
		}
		return err
	}
	return nil
}

var convDB = sync.OnceValue(func() *sql.DB { return sql.OpenDB(convConnector{}) })

// The driver of SQLConvertAssign: a query returns one row whose only
// column is the query's only argument, unconverted.
type (
	convConnector struct{}
	convDriver    struct{}
	convConn      struct{}
	convRows      struct {
		v    any
		done bool
	}
)

func (convConnector) Connect(context.Context) (driver.Conn, error) { return convConn{}, nil }
func (convConnector) Driver() driver.Driver                        { return convDriver{} }
func (convDriver) Open(string) (driver.Conn, error)                { return convConn{}, nil }

func (convConn) Prepare(string) (driver.Stmt, error) {
	return nil, errors.New("support: no statements")
}
func (convConn) Close() error              { return nil }
func (convConn) Begin() (driver.Tx, error) { return nil, errors.New("support: no transactions") }

// CheckNamedValue accepts every argument as is (no driver.Value conversion).
func (convConn) CheckNamedValue(*driver.NamedValue) error { return nil }

func (convConn) QueryContext(_ context.Context, _ string, args []driver.NamedValue) (driver.Rows, error) {
	if len(args) != 1 {
		return nil, errors.New("support: one argument expected")
	}
	return &convRows{v: args[0].Value}, nil
}

func (r *convRows) Columns() []string { return []string{"v"} }
func (r *convRows) Close() error      { return nil }
func (r *convRows) Next(dest []driver.Value) error {
	if r.done {
		return io.EOF
	}
	r.done = true
	dest[0] = r.v
	return nil
}
