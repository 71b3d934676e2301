import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listSorts, type ListSort } from '../../../../shared/contract/listQuery.ts';
import {
  eventForms,
  requestStates,
  type EventForm,
  type RequestState,
} from '../../../../shared/domain/requests.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage, SelectField } from '../../components/Field.tsx';
import { ImportPackageButton } from '../../components/ImportPackageButton.tsx';
import { filterChange, ListFilters } from '../../components/ListFilters.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useCan, useSession } from '../../session.tsx';
import { useChannel } from '../../useChannel.ts';
import { useHashPage } from '../../useHashPage.ts';
import { EmergencyForm } from './EmergencyForm.tsx';
import { RequestTable } from './RequestTable.tsx';

const pageSize = 50;

/** A new request opens unsaved (nothing is stored until the drafter types). */
const openNew = () => {
  window.location.hash = '#/requests/new';
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((item) => item === value);

/** The 报批 list: searched, filtered, sorted and paged in main; the filters live in the address. */
export function RequestsPage({ onOpen }: { readonly onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const canDraft = useCan('requests.draft');
  const canOpenEmergency = useCan('requests.emergency');
  const { roles } = useSession().session.user;
  const seesAllUnits = roles.includes('newsOfficeReviewer') || roles.includes('authorityApprover');
  const paging = useHashPage(pageSize, ['sort']);
  const { params, change } = paging;
  const state = oneOf<RequestState>(requestStates, params.get('state'));
  const form = oneOf<EventForm>(eventForms, params.get('form'));
  const sort = oneOf<ListSort>(listSorts, params.get('sort')) ?? 'updatedDesc';
  const unitId = params.get('unit') ?? undefined;
  const [units] = useChannel('units:list', {});
  const [requests, reload] = useChannel('requests:page', {
    keyword: params.get('keyword') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    states: state ? [state] : undefined,
    unitId: seesAllUnits ? unitId : undefined,
    form,
    sort,
    limit: pageSize,
    offset: paging.offset,
  });
  const [emergency, setEmergency] = useState(false);
  const { filtered } = paging;

  return (
    <section className="page page--broad">
      <div className="page__title">
        <h1>{t('requests.title')}</h1>
        <div className="actions">
          <ImportPackageButton onImported={reload} />
          {canOpenEmergency && (
            <button type="button" className="button" onClick={() => setEmergency(true)}>
              {t('requests.emergency.open')}
            </button>
          )}
          {canDraft && (
            <button type="button" className="button button--primary" onClick={openNew}>
              {t('requests.new')}
            </button>
          )}
        </div>
      </div>
      <ListFilters
        params={params}
        onChange={change}
        keywordLabel={t('requests.list.keyword')}
        keywordHint={t('requests.list.keywordHint')}
      >
        {seesAllUnits && (
          <SelectField
            label={t('requests.list.unit')}
            value={unitId ?? ''}
            onChange={(event) => change(filterChange({ unit: event.target.value }))}
          >
            <option value="">{t('requests.list.allUnits')}</option>
            {units.state === 'ready' &&
              units.value.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
          </SelectField>
        )}
        <SelectField
          label={t('requests.list.form')}
          value={form ?? ''}
          onChange={(event) => change(filterChange({ form: event.target.value }))}
        >
          <option value="">{t('requests.list.allForms')}</option>
          {eventForms.map((item) => (
            <option key={item} value={item}>
              {t(`requests.forms.${item}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('requests.filterState')}
          value={state ?? ''}
          onChange={(event) => change(filterChange({ state: event.target.value }))}
        >
          <option value="">{t('requests.allStates')}</option>
          {requestStates.map((item) => (
            <option key={item} value={item}>
              {t(`requests.states.${item}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('requests.list.sort')}
          value={sort}
          onChange={(event) => change({ sort: event.target.value, page: null })}
        >
          {listSorts.map((item) => (
            <option key={item} value={item}>
              {t(`requests.list.sorts.${item}`)}
            </option>
          ))}
        </SelectField>
      </ListFilters>
      {requests.state === 'failed' && <ErrorMessage message={requests.error.message} />}
      {requests.state === 'ready' && requests.value.total === 0 && (
        <EmptyState
          purpose={filtered ? t('requests.list.noMatch') : t('requests.list.emptyPurpose')}
          hint={filtered ? t('requests.list.noMatchHint') : t('requests.list.emptyHint')}
          action={
            filtered ? (
              <button
                type="button"
                className="button"
                onClick={() =>
                  change(Object.fromEntries([...params.keys()].map((key) => [key, null])))
                }
              >
                {t('lists.clear')}
              </button>
            ) : undefined
          }
        />
      )}
      {requests.state === 'ready' && requests.value.total > 0 && (
        <>
          <Pager {...paging.pagerFor(requests.value.total)} />
          <RequestTable
            requests={requests.value.items}
            onOpen={onOpen}
            caption={t('requests.title')}
          />
          {requests.value.total > pageSize && <Pager {...paging.pagerFor(requests.value.total)} />}
        </>
      )}
      {emergency && <EmergencyForm onClose={() => setEmergency(false)} onOpened={onOpen} />}
    </section>
  );
}
